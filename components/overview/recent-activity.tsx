import type { listRecentAudit } from "@/lib/data/audit/list-recent-audit";

type Entries = Awaited<ReturnType<typeof listRecentAudit>>;

export function RecentActivity({ entries }: { entries: Entries }) {
  if (entries.length === 0)
    return <p className="text-sm text-muted-foreground">Nothing has happened yet.</p>;
  return (
    <ul className="divide-y text-sm">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
          <span className="font-mono text-xs">{entry.operation}</span>
          <span className="text-muted-foreground">
            {entry.user?.email ?? entry.identity?.name ?? "system"} ·{" "}
            {entry.createdAt?.toISOString().replace("T", " ").slice(0, 16)} UTC
          </span>
        </li>
      ))}
    </ul>
  );
}
