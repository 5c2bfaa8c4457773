import {
  MISSION_STATUS_LABELS,
  MISSION_STATUS_VARIANTS,
} from "@/components/missions/mission-labels";
import { Badge } from "@/components/ui/badge";

export function MissionStatusBadge({ status }: { status: string }) {
  return (
    <Badge
      variant={MISSION_STATUS_VARIANTS[status] ?? "outline"}
      data-testid="mission-status"
      data-status={status}
    >
      {MISSION_STATUS_LABELS[status] ?? status}
    </Badge>
  );
}
