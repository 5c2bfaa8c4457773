import type { ReactNode } from "react";
import { formatAgentTokens, formatAgentUsd } from "@/components/missions/agent-usage-text";
import { CancelMissionButton } from "@/components/missions/cancel-mission-button";
import { formatMissionTime, formatUsd } from "@/components/missions/mission-format";
import { MISSION_APPROVAL_POLICY_LABELS } from "@/components/missions/mission-labels";
import { MissionProgress } from "@/components/missions/mission-progress";
import { MissionStatusBadge } from "@/components/missions/mission-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import type { MissionView } from "@/lib/data/missions/get-mission-view";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-sm break-words">{children}</dd>
    </div>
  );
}

/**
 * What the mission's agent runs cost (from `agent_runs`; the mission's own running total for a
 * mission that has none recorded), against its budget; "≈ … (estimate)" when any of it is.
 */
function MissionCost({ view: { mission, usage } }: { view: MissionView }) {
  const budget = mission.budgetUsd === null ? "" : ` of ${formatUsd(mission.budgetUsd)}`;
  if (usage.runs && !usage.priced)
    return (
      <span data-testid="mission-cost">
        <span className="text-muted-foreground">no cost reported</span>
        {budget ? ` · budget ${formatUsd(mission.budgetUsd)}` : ""}
      </span>
    );
  const estimated = usage.runs > 0 && usage.estimated;
  return (
    <span data-testid="mission-cost">
      {estimated ? "≈ " : ""}
      {usage.runs ? formatAgentUsd(usage.costUsd) : formatUsd(mission.costUsd)}
      {budget}
      {estimated ? <span className="text-xs text-muted-foreground"> (estimate)</span> : null}
    </span>
  );
}

/** The top of the mission page: state, objective, progress, cost, and cancel. */
export function MissionSummaryCard({
  view,
  canOperate,
}: {
  view: MissionView;
  canOperate: boolean;
}) {
  const { mission, progress } = view;
  const cancelRequested = Boolean(mission.cancelRequestedAt) && !mission.finished;
  return (
    <Card>
      <CardContent className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-2">
          <MissionStatusBadge status={mission.status} />
          {cancelRequested ? (
            <Badge variant="outline" data-testid="mission-cancel-requested">
              Cancel requested
            </Badge>
          ) : null}
          {progress.running ? (
            <span className="text-sm text-muted-foreground">
              {progress.running === 1 ? "1 unit running" : `${progress.running} units running`}
            </span>
          ) : null}
        </div>
        <p className="whitespace-pre-wrap break-words" data-testid="mission-objective">
          {mission.objective}
        </p>
        <MissionProgress done={progress.done} total={progress.total} />
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Fact label="Cost">
            <MissionCost view={view} />
            {view.usage.runs ? (
              <span className="block text-xs text-muted-foreground" data-testid="mission-tokens">
                {formatAgentTokens(view.usage)}
              </span>
            ) : null}
          </Fact>
          <Fact label="Rounds">
            {view.rounds.length} of {mission.maxRounds}
          </Fact>
          <Fact label="Merged">
            {progress.merged} of {progress.total} units
          </Fact>
          <Fact label="Workers">{mission.workers}</Fact>
          <Fact label="Merge batch">
            {mission.mergeBatchSize === 1
              ? "each unit alone"
              : `up to ${mission.mergeBatchSize} units`}
          </Fact>
          <Fact label="Started">{formatMissionTime(mission.startedAt)}</Fact>
          <Fact label={mission.finished ? "Finished" : "Wall-time limit"}>
            {mission.finished
              ? formatMissionTime(mission.finishedAt)
              : `${mission.wallTimeMinutes} min`}
          </Fact>
          <Fact label="Agent profile">{mission.agentProfileId}</Fact>
          <Fact label="Approval">
            {MISSION_APPROVAL_POLICY_LABELS[mission.approvalPolicy] ?? mission.approvalPolicy}
          </Fact>
        </dl>
        {canOperate && !mission.finished && !cancelRequested ? (
          <CancelMissionButton missionId={mission.id} />
        ) : null}
      </CardContent>
    </Card>
  );
}
