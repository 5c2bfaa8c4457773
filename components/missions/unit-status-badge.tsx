import { UNIT_STATUS_VARIANTS } from "@/components/missions/mission-labels";
import { Badge } from "@/components/ui/badge";

export function UnitStatusBadge({ status }: { status: string }) {
  return (
    <Badge variant={UNIT_STATUS_VARIANTS[status] ?? "outline"} data-testid="unit-status">
      {status}
    </Badge>
  );
}
