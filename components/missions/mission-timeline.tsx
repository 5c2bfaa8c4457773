import { BatchSignals } from "@/components/missions/batch-signals";
import { DeliberationAttempt } from "@/components/missions/deliberation-attempt";
import { formatMissionTime } from "@/components/missions/mission-format";
import { PlannedUnitList } from "@/components/missions/planned-unit-list";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { MissionRoundView } from "@/lib/data/missions/get-mission-view";

/** Each round: how the plan was argued out, the plan agreed, and what the batch showed. */
export function MissionTimeline({ rounds }: { rounds: MissionRoundView[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Rounds</CardTitle>
      </CardHeader>
      <CardContent>
        {rounds.length ? (
          <ol className="flex flex-col gap-6 border-l-2 pl-4">
            {rounds.map((round) => (
              <li key={round.id} className="flex min-w-0 flex-col gap-3" data-testid="round">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="font-semibold">Round {round.number}</h3>
                  <Badge variant="outline">{round.status}</Badge>
                  <span className="text-xs text-muted-foreground">
                    {formatMissionTime(round.createdAt)}
                  </span>
                </div>
                {round.deliberation.length ? (
                  <ol className="flex flex-col gap-3">
                    {round.deliberation.map((attempt) => (
                      <DeliberationAttempt key={attempt.attempt} attempt={attempt} />
                    ))}
                  </ol>
                ) : (
                  <p className="text-sm text-muted-foreground">Deliberating…</p>
                )}
                {round.plan.length ? (
                  <div className="flex flex-col gap-1">
                    <div className="text-sm font-medium">Plan</div>
                    <PlannedUnitList units={round.plan} />
                  </div>
                ) : round.finishedAt ? (
                  <p className="text-sm">No units were planned in this round.</p>
                ) : null}
                {round.signals ? <BatchSignals signals={round.signals} /> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-muted-foreground">
            No rounds yet: the planner starts once the mission runs.
          </p>
        )}
      </CardContent>
    </Card>
  );
}
