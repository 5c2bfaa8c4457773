import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";

/** Ready-to-run SQL behind a summary line: opening it is "generating" it, and it works without JS. */
export function SqlPanel({
  title,
  sql,
  children,
  testId,
}: {
  title: string;
  sql: string;
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <details className="group rounded-xl border bg-card text-card-foreground" data-testid={testId}>
      <summary className="cursor-pointer px-5 py-4 font-semibold">{title}</summary>
      <div className="flex flex-col gap-3 px-5 pb-5">
        {children ? <div className="text-sm text-muted-foreground">{children}</div> : null}
        <pre className="whitespace-pre-wrap break-words rounded-md border bg-muted p-3 font-mono text-xs">
          {sql}
        </pre>
        <div>
          <CopyButton text={sql} label="Copy SQL" />
        </div>
      </div>
    </details>
  );
}
