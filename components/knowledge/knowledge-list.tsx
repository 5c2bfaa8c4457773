import Link from "next/link";
import { appliedLabel, typeLabel } from "@/components/knowledge/knowledge-labels";
import { Badge } from "@/components/ui/badge";
import type { KnowledgeListItem } from "@/lib/data/knowledge/search-knowledge";

export function KnowledgeList({ items }: { items: KnowledgeListItem[] }) {
  return (
    <ul className="flex flex-col divide-y rounded-lg border">
      {items.map((item) => (
        <li key={item.knowledge_id} data-testid="knowledge-item">
          <Link
            href={`/knowledge/${item.knowledge_id}`}
            className="flex flex-col gap-1 p-3 hover:bg-accent/50"
          >
            <div className="flex flex-wrap items-center gap-2">
              <Badge variant={item.knowledge_type === "gotcha" ? "destructive" : "secondary"}>
                {typeLabel(item.knowledge_type)}
              </Badge>
              <span className="min-w-0 font-medium wrap-anywhere">{item.title}</span>
            </div>
            <p className="line-clamp-2 text-sm wrap-anywhere text-muted-foreground">
              {item.excerpt}
            </p>
            <div className="text-xs wrap-anywhere text-muted-foreground">
              {item.knowledge_category} · confidence {item.confidence_level ?? "—"}/10 ·{" "}
              {appliedLabel(item.times_applied)} · {item.created_by ?? "no identity"} · updated{" "}
              {item.last_updated_at?.toISOString().slice(0, 10) ?? "—"}
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
