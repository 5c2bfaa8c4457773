import { CopyButton } from "@/components/ui/copy-button";

/** The new token in a box to copy, with the warning that it is not shown again. */
export function ApiTokenShownOnce({ name, token }: { name: string; token: string }) {
  return (
    <section
      aria-label="New API token"
      data-testid="new-api-token"
      className="grid min-w-0 gap-2 rounded-lg border border-primary/40 bg-muted/40 p-3"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-medium">Token {name}: copy it now, it is not shown again</h3>
        <CopyButton text={token} label="Copy token" />
      </div>
      <code
        data-testid="new-api-token-value"
        className="block overflow-x-auto rounded-md border bg-background p-2 font-mono text-xs break-all"
      >
        {token}
      </code>
    </section>
  );
}
