"use client";

import { useState } from "react";
import { formatAgentUsage } from "@/components/missions/agent-usage-text";
import { formatUsd } from "@/components/missions/mission-format";
import { UnitLogPane } from "@/components/missions/unit-log-pane";
import { UnitStatusBadge } from "@/components/missions/unit-status-badge";
import { Button } from "@/components/ui/button";
import type { MissionUnitView } from "@/lib/data/missions/get-mission-view";

const TROUBLE = ["failed", "blocked", "conflicted", "reverted"];

/** One work unit: its state and why, what it touches, and its output on demand. */
export function UnitItem({ missionId, unit }: { missionId: string; unit: MissionUnitView }) {
  const [following, setFollowing] = useState(false);
  const latest = unit.outputTail.at(-1);
  return (
    <li
      className="flex min-w-0 flex-col gap-2 p-3"
      data-testid="unit"
      data-unit-key={unit.key}
      data-status={unit.status}
    >
      <div className="flex flex-wrap items-center gap-2">
        <UnitStatusBadge status={unit.status} />
        <span className="min-w-0 font-medium break-words">{unit.title}</span>
        <code className="text-xs break-all text-muted-foreground">{unit.key}</code>
      </div>
      {unit.reason ? (
        <p
          className={
            TROUBLE.includes(unit.status)
              ? "text-sm break-words text-destructive"
              : "text-sm break-words"
          }
          data-testid="unit-reason"
        >
          {unit.reason}
        </p>
      ) : null}
      {unit.resultSummary ? (
        <p className="text-sm whitespace-pre-wrap break-words">{unit.resultSummary}</p>
      ) : null}
      {unit.status === "running" && latest ? (
        <p className="truncate font-mono text-xs text-muted-foreground" title={latest.line}>
          {latest.line}
        </p>
      ) : null}
      <p className="text-xs break-words text-muted-foreground">
        round {unit.roundNumber} · layer {unit.layer} · {unit.attempts}{" "}
        {unit.attempts === 1 ? "attempt" : "attempts"}
        {unit.usage.runs ? (
          <>
            {" · "}
            <span data-testid="unit-usage">{formatAgentUsage(unit.usage)}</span>
          </>
        ) : unit.costUsd === null ? (
          ""
        ) : (
          ` · ${formatUsd(unit.costUsd)}`
        )}
        {unit.branch ? (
          <>
            {" · "}
            <code className="break-all">{unit.branch}</code>
          </>
        ) : null}
        {unit.filesHint.length ? ` · files: ${unit.filesHint.join(", ")}` : ""}
        {unit.dependsOn.length ? ` · after: ${unit.dependsOn.join(", ")}` : ""}
      </p>
      {unit.status === "pending" ? null : (
        <Button
          type="button"
          variant="ghost"
          size="sm"
          className="self-start"
          aria-expanded={following}
          onClick={() => setFollowing((open) => !open)}
        >
          {following ? "Hide output" : unit.status === "running" ? "Follow output" : "Show output"}
        </Button>
      )}
      {following ? <UnitLogPane missionId={missionId} unitId={unit.id} /> : null}
    </li>
  );
}
