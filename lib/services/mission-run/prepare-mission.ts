import { NonRetriableError } from "inngest";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { getDb } from "@/lib/db";
import { prepareGreenBranch } from "@/lib/git/prepare-green-branch";
import { missionRepository } from "@/lib/services/mission-run/mission-repository";
import { missionWorkspace } from "@/lib/services/mission-run/mission-workspace";

/** Stage 1: the repository is present, green exists from the base branch, the start is recorded. */
export async function prepareMission(missionId: string) {
  const mission = await findMissionContext(missionId);
  if (!mission) throw new NonRetriableError(`Mission ${missionId} does not exist.`);
  const workspace = missionWorkspace(mission);
  const repo = await missionRepository(workspace, { refresh: true });
  const green = await prepareGreenBranch({
    repo,
    baseBranch: workspace.baseBranch,
    greenBranch: workspace.greenBranch,
    worktreeRoot: workspace.worktreeRoot,
  });
  await getDb().$transaction(async (tx) => {
    const current = await tx.mission.findUniqueOrThrow({ where: { id: missionId } });
    if (current.startedAt) return;
    await tx.mission.update({
      where: { id: missionId },
      data: {
        status: "running",
        startedAt: new Date(),
        startCommit: green.head,
        greenHead: green.head,
      },
    });
    await insertAuditEntry(tx, {
      operation: "start_mission",
      targetType: "mission",
      targetId: missionId,
      details: { project: mission.project.name, startCommit: green.head },
    });
  });
  return { startCommit: green.head };
}
