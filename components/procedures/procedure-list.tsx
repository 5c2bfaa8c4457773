import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ProcedureItem } from "@/lib/data/procedures/list-procedures";

export function ProcedureList({ items }: { items: ProcedureItem[] }) {
  return (
    <ul className="flex flex-col divide-y rounded-lg border">
      {items.map((procedure) => (
        <li key={procedure.id} data-testid="procedure">
          <Link
            href={`/procedures/${procedure.id}`}
            className="flex flex-col gap-1 p-3 hover:bg-accent/50"
          >
            <div className="flex flex-wrap items-center gap-2">
              {procedure.mandatory ? <Badge variant="destructive">mandatory</Badge> : null}
              <span className="font-medium break-words">{procedure.name}</span>
            </div>
            <div className="text-xs text-muted-foreground">
              {procedure.type ?? "—"} · {procedure.frequency ?? "—"} · applies to{" "}
              {procedure.appliesToProjects.join(", ") || "nothing"}
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
