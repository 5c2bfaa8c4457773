import type { AuditItem } from "@/lib/data/audit/list-audit";

export function AuditTable({ items }: { items: AuditItem[] }) {
  return (
    <ul className="flex flex-col divide-y rounded-lg border text-sm">
      {items.map((entry) => (
        <li key={entry.id} data-testid="audit-entry" className="flex flex-col gap-1 p-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-mono text-xs">{entry.operation}</span>
            <span className="text-xs text-muted-foreground">
              {entry.createdAt?.toISOString().replace("T", " ").slice(0, 19)} UTC
            </span>
          </div>
          <div className="text-xs text-muted-foreground">
            by {entry.user?.email ?? entry.identity?.name ?? "system"}
            {entry.identity && entry.user ? ` as ${entry.identity.name}` : ""}
            {entry.targetType
              ? ` · ${entry.targetType}${entry.targetId ? ` ${entry.targetId.slice(0, 8)}` : ""}`
              : ""}
          </div>
          {entry.details ? (
            <code className="break-all text-xs">{JSON.stringify(entry.details)}</code>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
