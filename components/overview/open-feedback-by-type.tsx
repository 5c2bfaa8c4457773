import Link from "next/link";

export function OpenFeedbackByType({ rows }: { rows: { type: string | null; count: number }[] }) {
  if (!rows.length) return <p className="text-sm text-muted-foreground">No open feedback.</p>;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Open feedback by type">
      {rows.map((row) => (
        <li key={row.type ?? "untyped"}>
          <Link
            href={row.type ? `/feedback?status=open&type=${row.type}` : "/feedback?status=open"}
            className="inline-flex items-center gap-2 rounded-md border px-3 py-1 text-sm hover:bg-accent"
            data-testid={`open-feedback-${row.type ?? "untyped"}`}
          >
            <span>{row.type ?? "untyped"}</span>
            <span className="font-semibold tabular-nums">{row.count}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
