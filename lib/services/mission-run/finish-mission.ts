import { unitAgentEnv } from "@/lib/agents/agent-run-env";
import { endOrphanedAgent } from "@/lib/agents/end-orphaned-agent";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { cancelOpenUnits } from "@/lib/data/missions/cancel-open-units";
import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { listMissionUnits } from "@/lib/data/missions/list-mission-units";
import { recordMissionEnd } from "@/lib/data/missions/record-mission-end";
import { inTransaction } from "@/lib/data/transaction";
import { cleanupMissionWorktrees } from "@/lib/git/cleanup-mission-worktrees";
import {
  type MissionEnding,
  missionOutcome,
  missionResultSummary,
} from "@/lib/mission/mission-outcome";
import { missionRepository } from "@/lib/services/mission-run/mission-repository";
import { missionWorkspace } from "@/lib/services/mission-run/mission-workspace";
import { notify } from "@/lib/services/notifications/notify";
import { requestMissionEndComment } from "@/lib/services/webhooks/request-mission-end-comment";

/**
 * The mission's end: unit worktrees and branches removed (a conflicted unit keeps its branch),
 * units still pending marked cancelled, the outcome and a result summary recorded.
 */
export async function finishMission(missionId: string, ending: MissionEnding) {
  const mission = await findMissionContext(missionId);
  if (!mission) throw new Error(`Mission ${missionId} does not exist.`);
  if (mission.finishedAt) return { status: mission.status };
  const workspace = missionWorkspace(mission);
  const units = await listMissionUnits(missionId);
  for (const unit of units)
    if (unit.status === "running" && unit.agentPid)
      await endOrphanedAgent(unit.agentPid, unitAgentEnv(unit.id));
  const repo = await missionRepository(workspace).catch(() => undefined);
  if (repo)
    await cleanupMissionWorktrees({
      repo,
      worktreeRoot: workspace.worktreeRoot,
      unitIds: units.map((unit) => unit.id),
      keepBranches: units
        .filter((unit) => unit.status === "conflicted" && unit.branch)
        .map((unit) => unit.branch as string),
    });
  const tally = {
    cancelled: Boolean(mission.cancelRequestedAt),
    units: units.length,
    merged: units.filter((unit) => unit.status === "merged").length,
  };
  const status = missionOutcome(ending, tally);
  await inTransaction(async (tx) => {
    await cancelOpenUnits(tx, missionId);
    await recordMissionEnd(tx, missionId, {
      status,
      stopReason: ending.stopReason,
      resultSummary: missionResultSummary(ending, tally),
      greenHead: ending.verification?.head ?? mission.greenHead,
    });
    await insertAuditEntry(tx, {
      operation: "finish_mission",
      targetType: "mission",
      targetId: missionId,
      details: { status, stopReason: ending.stopReason },
    });
    await requestMissionEndComment(tx, missionId);
    await notify(tx, {
      kind: status === "failed" ? "mission_failed" : "mission_finished",
      key: `finished:${missionId}`,
      summary: `${status}: ${missionResultSummary(ending, tally)}`,
      missionId,
    });
  });
  return { status };
}
