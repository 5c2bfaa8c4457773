import Link from "next/link";
import { formatSpan, formatUsd } from "@/components/missions/mission-format";
import { MissionProgress } from "@/components/missions/mission-progress";
import { MissionStatusBadge } from "@/components/missions/mission-status-badge";
import { Badge } from "@/components/ui/badge";
import type { MissionListItem } from "@/lib/data/missions/list-missions";

export function MissionList({ items, now }: { items: MissionListItem[]; now: Date }) {
  return (
    <ul className="flex flex-col divide-y rounded-lg border">
      {items.map((item) => (
        <li key={item.mission_id} data-testid="mission-item">
          <Link
            href={`/missions/${item.mission_id}`}
            className="grid gap-2 p-3 hover:bg-accent/50 md:grid-cols-[minmax(0,1fr)_12rem] md:items-center md:gap-4"
          >
            <div className="flex min-w-0 flex-col gap-1">
              <div className="flex flex-wrap items-center gap-2">
                <MissionStatusBadge status={item.status} />
                {item.pending_approvals ? (
                  <Badge variant="default" data-testid="mission-approvals-waiting">
                    {item.pending_approvals === 1
                      ? "1 approval waiting"
                      : `${item.pending_approvals} approvals waiting`}
                  </Badge>
                ) : null}
                <span className="text-sm text-muted-foreground">{item.project_name}</span>
              </div>
              <span className="line-clamp-2 font-medium break-words">{item.objective}</span>
              <span className="text-xs text-muted-foreground">
                {formatSpan(now.getTime() - item.created_at.getTime())} ago · cost{" "}
                {formatUsd(item.cost_usd)}
                {item.budget_usd === null ? "" : ` of ${formatUsd(item.budget_usd)}`}
              </span>
            </div>
            <MissionProgress done={item.units_done} total={item.units_total} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
