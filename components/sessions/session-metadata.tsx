import type { Prisma } from "@/lib/generated/prisma/client";

export function SessionMetadata({ metadata }: { metadata: Prisma.JsonValue | null }) {
  return (
    <pre
      className="whitespace-pre-wrap break-words rounded-md border bg-muted p-3 font-mono text-xs"
      data-testid="session-metadata"
    >
      {JSON.stringify(metadata ?? {}, null, 2)}
    </pre>
  );
}
