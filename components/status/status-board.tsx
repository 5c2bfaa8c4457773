"use client";

import { APPROVAL_KIND_LABELS } from "@/components/missions/mission-labels";
import { MissionStatusBadge } from "@/components/missions/mission-status-badge";
import { relativeTime } from "@/components/status/relative-time";
import { StatusItem } from "@/components/status/status-item";
import { StatusSection } from "@/components/status/status-section";
import { useStatus } from "@/components/status/use-status";
import { Badge } from "@/components/ui/badge";
import type { StatusReport } from "@/lib/services/status/read-status";

/** What needs you, what runs, what failed in the last 24 h: one glance on a phone. */
export function StatusBoard({ initial }: { initial: StatusReport }) {
  const { data, error, isFetching } = useStatus(initial);
  const at = data.generatedAt;
  const failures = data.failedLately.missions.length + data.failedLately.units.length;
  const { runner } = data;
  return (
    <div className="grid min-w-0 gap-6">
      <p
        className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm"
        data-testid="status-runner"
      >
        <span className={runner.healthy ? "text-muted-foreground" : "text-destructive"}>
          runner: {runner.mode},{" "}
          {runner.lastTickAt ? `last tick ${relativeTime(runner.lastTickAt, at)}` : "no tick yet"}
        </span>
        <span className="text-muted-foreground" aria-live="polite">
          {error ? `Not updated: ${error.message}` : isFetching ? "updating…" : "live"}
        </span>
      </p>

      <StatusSection
        title="Needs you"
        count={data.needsYou.length}
        empty="Nothing waits for you."
        testId="status-needs-you"
      >
        {data.needsYou.map((approval) => (
          <StatusItem
            key={approval.id}
            href={`/missions/${approval.missionId}`}
            testId="status-approval"
            tone="attention"
            title={
              <>
                <Badge>{APPROVAL_KIND_LABELS[approval.kind] ?? approval.kind}</Badge>
                <span className="min-w-0 break-words">{approval.summary}</span>
              </>
            }
            meta={`${approval.project} · times out ${relativeTime(approval.timeoutAt, at)}`}
          >
            {approval.objective}
          </StatusItem>
        ))}
      </StatusSection>

      <StatusSection
        title="Running"
        count={data.running.length}
        empty="No mission is running."
        testId="status-running"
      >
        {data.running.map((mission) => (
          <StatusItem
            key={mission.id}
            href={`/missions/${mission.id}`}
            testId="status-mission"
            title={
              <>
                <MissionStatusBadge status={mission.status} />
                <span className="min-w-0 truncate">{mission.project}</span>
              </>
            }
            meta={
              mission.startedAt
                ? `started ${relativeTime(mission.startedAt, at)}`
                : `queued ${relativeTime(mission.createdAt, at)}`
            }
          >
            {mission.objective}
          </StatusItem>
        ))}
      </StatusSection>

      <StatusSection
        title="Failed lately"
        count={failures}
        empty="Nothing failed in the last 24 hours."
        testId="status-failed"
      >
        {data.failedLately.missions.map((mission) => (
          <StatusItem
            key={mission.id}
            href={`/missions/${mission.id}`}
            testId="status-failure"
            tone="failure"
            title={
              <>
                <Badge variant="destructive">mission failed</Badge>
                <span className="min-w-0 truncate">{mission.project}</span>
              </>
            }
            meta={`${mission.reason ?? "no reason given"} · ${relativeTime(mission.finishedAt, at)}`}
          >
            {mission.objective}
          </StatusItem>
        ))}
        {data.failedLately.units.map((unit) => (
          <StatusItem
            key={unit.id}
            href={`/missions/${unit.missionId}`}
            testId="status-failure"
            tone="failure"
            title={
              <>
                <Badge variant="destructive">unit {unit.status}</Badge>
                <span className="min-w-0 break-words">{unit.title}</span>
              </>
            }
            meta={relativeTime(unit.finishedAt, at)}
          >
            {unit.reason}
          </StatusItem>
        ))}
      </StatusSection>
    </div>
  );
}
