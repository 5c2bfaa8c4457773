import { NonRetriableError } from "inngest";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { findMissionInTransaction } from "@/lib/data/missions/find-mission-in-transaction";
import { markMissionStarted } from "@/lib/data/missions/mark-mission-started";
import { inTransaction } from "@/lib/data/transaction";
import { prepareGreenBranch } from "@/lib/git/prepare-green-branch";
import { missionRepository } from "@/lib/services/mission-run/mission-repository";
import { missionWorkspace } from "@/lib/services/mission-run/mission-workspace";
import { notify } from "@/lib/services/notifications/notify";

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
  await inTransaction(async (tx) => {
    const current = await findMissionInTransaction(tx, missionId);
    if (current.startedAt) return;
    await markMissionStarted(tx, missionId, green.head);
    await insertAuditEntry(tx, {
      operation: "start_mission",
      targetType: "mission",
      targetId: missionId,
      details: { project: mission.project.name, startCommit: green.head },
    });
    await notify(tx, {
      kind: "mission_started",
      key: `started:${missionId}`,
      summary: "",
      missionId,
    });
  });
  return { startCommit: green.head };
}
