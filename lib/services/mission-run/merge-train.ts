import { findLastMergeBatch } from "@/lib/data/merge-train/find-last-merge-batch";
import { findOpenMergeBatch } from "@/lib/data/merge-train/find-open-merge-batch";
import { findTrainUnits } from "@/lib/data/merge-train/find-train-units";
import { insertMergeBatch } from "@/lib/data/merge-train/insert-merge-batch";
import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { branchCommit } from "@/lib/git/git-state";
import { linesChanged } from "@/lib/git/lines-changed";
import { nextBatchSize } from "@/lib/mission/merge-train";
import { missionRepository } from "@/lib/services/mission-run/mission-repository";
import { missionWorkspace } from "@/lib/services/mission-run/mission-workspace";
import { withProjectLock } from "@/lib/services/mission-run/project-lock";
import { runTrainBatch, type TrainContext } from "@/lib/services/mission-run/train-batch";

const MAX_PARALLEL_VERIFICATIONS = 4;

export type TrainResult = {
  /** Units merged into green, in the order they landed (their diff review comes next). */
  landed: string[];
  /** Units left out under the large-merges policy: each waits for a person first. */
  needsApproval: { unitId: string; linesChanged: number }[];
};

/**
 * Stage 5, the merge train: the completed units given, in order, go through batches of the
 * mission's size (adapting: smaller after a red batch, larger again while batches pass), one
 * batch at a time per project. A batch a killed run left open is finished first. Units already
 * merged, or not completed, are passed over; `approved` skips the large-merge question.
 */
export async function runMergeTrain(
  missionId: string,
  unitIds: string[],
  options: { approved?: boolean } = {},
): Promise<TrainResult> {
  const mission = await findMissionContext(missionId);
  if (!mission) throw new Error(`Mission ${missionId} does not exist.`);
  const workspace = missionWorkspace(mission);
  const repo = await missionRepository(workspace);
  const context: TrainContext = {
    mission,
    workspace,
    repo,
    parallel: Math.max(1, Math.min(mission.workers, MAX_PARALLEL_VERIFICATIONS)),
  };
  return withProjectLock(mission.projectId, async () => {
    const landed: string[] = [];
    const queue: string[] = [];
    const open = await findOpenMergeBatch(missionId);
    if (open) {
      const outcome = await runTrainBatch(context, open);
      landed.push(...outcome.landed);
      queue.push(...outcome.requeued);
    }
    const green = await greenCommit(context);
    const needsApproval: TrainResult["needsApproval"] = [];
    for (const unit of await findTrainUnits(unitIds)) {
      if (unit.merge || unit.status !== "completed" || queue.includes(unit.id)) continue;
      if (!options.approved && mission.approvalPolicy === "large-merges" && unit.headCommit) {
        const lines = await linesChanged(repo, green, unit.headCommit);
        if (lines > mission.largeMergeLines) {
          needsApproval.push({ unitId: unit.id, linesChanged: lines });
          continue;
        }
      }
      queue.push(unit.id);
    }
    while (queue.length) {
      const last = await findLastMergeBatch(missionId);
      const size = nextBatchSize(mission.mergeBatchSize, last);
      const batch = await insertMergeBatch({
        missionId,
        position: (last?.position ?? 0) + 1,
        size,
        unitIds: queue.splice(0, size),
        baseCommit: await greenCommit(context),
      });
      const outcome = await runTrainBatch(context, batch);
      landed.push(...outcome.landed);
      queue.unshift(...outcome.requeued);
    }
    return { landed, needsApproval };
  });
}

async function greenCommit({ repo, workspace }: TrainContext) {
  const commit = await branchCommit(repo, workspace.greenBranch);
  if (!commit) throw new Error(`There is no ${workspace.greenBranch} branch in ${repo}.`);
  return commit;
}
