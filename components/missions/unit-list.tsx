import { UnitItem } from "@/components/missions/unit-item";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { MissionUnitView } from "@/lib/data/missions/get-mission-view";

export function UnitList({ missionId, units }: { missionId: string; units: MissionUnitView[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Units</CardTitle>
      </CardHeader>
      <CardContent>
        {units.length ? (
          <ul className="flex flex-col divide-y rounded-lg border" data-testid="units">
            {units.map((unit) => (
              <UnitItem key={unit.id} missionId={missionId} unit={unit} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">
            No units yet: they appear once a plan is agreed.
          </p>
        )}
      </CardContent>
    </Card>
  );
}
