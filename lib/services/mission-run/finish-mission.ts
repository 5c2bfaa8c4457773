import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { getDb } from "@/lib/db";
import { endOrphanedAgent } from "@/lib/agents/end-orphaned-agent";
import { cleanupMissionWorktrees } from "@/lib/git/cleanup-mission-worktrees";
import { missionRepository } from "@/lib/services/mission-run/mission-repository";
import { missionWorkspace } from "@/lib/services/mission-run/mission-workspace";

export type MissionEnding = {
  stopReason: string;
  verification: { passed: boolean; head: string } | null;
  publish?: string;
  failure?: string;
};

/**
 * The mission's end: unit worktrees and branches removed (a conflicted unit keeps its branch),
 * units still pending marked cancelled, the outcome and a result summary recorded.
 */
export async function finishMission(missionId: string, ending: MissionEnding) {
  const mission = await findMissionContext(missionId);
  if (!mission) throw new Error(`Mission ${missionId} does not exist.`);
  if (mission.finishedAt) return { status: mission.status };
  const workspace = missionWorkspace(mission);
  const units = await getDb().workUnit.findMany({ where: { missionId } });
  for (const unit of units)
    if (unit.status === "running" && unit.agentPid)
      await endOrphanedAgent(unit.agentPid, `MC_UNIT_ID=${unit.id}`);
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
  const cancelled = Boolean(mission.cancelRequestedAt);
  const merged = units.filter((unit) => unit.status === "merged").length;
  // Succeeded: green passes and the objective was met or work was merged on the way.
  const achieved = ending.stopReason.startsWith("objective met") || merged > 0;
  const status = ending.failure
    ? "failed"
    : cancelled
      ? "cancelled"
      : ending.verification?.passed && achieved
        ? "succeeded"
        : "failed";
  const summary = [
    `${merged} of ${units.length} units merged.`,
    ending.verification
      ? `Final verification ${ending.verification.passed ? "passed" : "failed"} on ${ending.verification.head.slice(0, 10)}.`
      : "No final verification.",
    ending.publish ? `${ending.publish[0]?.toUpperCase()}${ending.publish.slice(1)}.` : "",
    ending.failure ? `Failed: ${ending.failure}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  await getDb().$transaction(async (tx) => {
    await tx.workUnit.updateMany({
      where: { missionId, status: { in: ["pending", "running"] } },
      data: { status: "cancelled", reason: "the mission ended first", finishedAt: new Date() },
    });
    await tx.mission.update({
      where: { id: missionId },
      data: {
        status,
        stopReason: ending.stopReason,
        resultSummary: summary,
        greenHead: ending.verification?.head ?? mission.greenHead,
        finishedAt: new Date(),
      },
    });
    await insertAuditEntry(tx, {
      operation: "finish_mission",
      targetType: "mission",
      targetId: missionId,
      details: { status, stopReason: ending.stopReason },
    });
  });
  return { status };
}
