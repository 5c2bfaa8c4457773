import Link from "next/link";
import { STATUS_LABELS, TYPE_LABELS } from "@/components/feedback/feedback-labels";
import { Badge } from "@/components/ui/badge";
import type { FeedbackListItem } from "@/lib/data/feedback/list-feedback";

export function FeedbackList({ items }: { items: FeedbackListItem[] }) {
  return (
    <ul className="flex flex-col divide-y rounded-lg border">
      {items.map((item) => (
        <li key={item.feedback_id} data-testid="feedback-item">
          <Link
            href={`/feedback/${item.feedback_id}`}
            className="flex flex-col gap-1 p-3 hover:bg-accent/50"
          >
            <div className="flex flex-wrap items-center gap-2">
              <Badge variant={item.feedback_type === "bug" ? "destructive" : "secondary"}>
                {TYPE_LABELS[item.feedback_type ?? ""] ?? item.feedback_type ?? "—"}
              </Badge>
              <span className="min-w-0 font-medium break-words">{item.title}</span>
            </div>
            <div className="text-xs text-muted-foreground">
              {item.project_name ?? "no project"} ·{" "}
              {STATUS_LABELS[item.status ?? "new"] ?? item.status} · priority {item.priority ?? "—"}{" "}
              · {item.comment_count} comments · {item.created_at?.toISOString().slice(0, 10) ?? ""}
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
