import Link from "next/link";
import { shortCommit } from "@/components/missions/mission-format";
import { MissionStatusBadge } from "@/components/missions/mission-status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { MissionView } from "@/lib/data/missions/get-mission-view";

/** How the mission ended: why it stopped, what it achieved, and where green now points. */
export function MissionResult({ view }: { view: MissionView }) {
  const { mission } = view;
  return (
    <Card data-testid="mission-result">
      <CardHeader>
        <CardTitle>Result</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-3 text-sm">
        <p>
          <span className="text-muted-foreground">Stopped because: </span>
          <span className="break-words" data-testid="mission-stop-reason">
            {mission.stopReason ?? "no reason recorded"}
          </span>
        </p>
        {mission.resultSummary ? (
          <p className="whitespace-pre-wrap break-words">{mission.resultSummary}</p>
        ) : null}
        <p className="break-all">
          <span className="text-muted-foreground">Green head: </span>
          <code title={mission.greenHead ?? undefined}>{shortCommit(mission.greenHead)}</code>
          <span className="text-muted-foreground"> (started at </span>
          <code title={mission.startCommit ?? undefined}>{shortCommit(mission.startCommit)}</code>
          <span className="text-muted-foreground">)</span>
        </p>
        {view.children.length ? (
          <ul className="flex flex-col gap-1">
            {view.children.map((child) => (
              <li key={child.id} className="flex flex-wrap items-center gap-2">
                <span className="text-muted-foreground">Next in the chain:</span>
                <Link href={`/missions/${child.id}`} className="min-w-0 break-words underline">
                  {child.objective}
                </Link>
                <MissionStatusBadge status={child.status} />
              </li>
            ))}
          </ul>
        ) : null}
      </CardContent>
    </Card>
  );
}
