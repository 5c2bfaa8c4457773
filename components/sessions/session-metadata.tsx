import type { JsonValue } from "@/lib/data/json";

export function SessionMetadata({ metadata }: { metadata: JsonValue }) {
  return (
    <pre
      className="whitespace-pre-wrap break-words rounded-md border bg-muted p-3 font-mono text-xs"
      data-testid="session-metadata"
    >
      {JSON.stringify(metadata ?? {}, null, 2)}
    </pre>
  );
}
