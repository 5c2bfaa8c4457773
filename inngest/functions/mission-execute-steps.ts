import { awaitDecision, type MissionSteps } from "@/inngest/functions/mission-approval-steps";
import { runMergeTrain, type TrainResult } from "@/lib/services/mission-run/merge-train";
import { reviewMerge } from "@/lib/services/mission-run/review-merge";
import { runUnit, type UnitRunEnd } from "@/lib/services/mission-run/run-unit";
import {
  allowToolsAndRequeue,
  requestToolApproval,
} from "@/lib/services/mission-run/tool-approval";
import { requestMergeApproval, skipUnitMerge } from "@/lib/services/mission-run/unit-approval";

type Layer = { unitIds: string[]; workers: number };

const chunk = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );

/**
 * Under the `ask` policy, a unit whose agent was refused a tool waits for a person: allowed, it
 * runs once more with the tool; otherwise it stays failed with the refusal as its reason.
 */
async function askToAllowTools(step: MissionSteps, unitId: string, end: UnitRunEnd) {
  if (!end.askToAllow) return;
  const { tools, refused } = end.askToAllow;
  const approval = await step.run(`approval-tool-${unitId}`, () =>
    requestToolApproval(unitId, tools, refused),
  );
  if ((await awaitDecision(step, `tool-${unitId}`, approval)) !== "approved") return;
  await step.run(`allow-tool-${unitId}`, () => allowToolsAndRequeue(unitId, tools));
  await step.run(`unit-${unitId}-allowed`, () => runUnit(unitId));
}

/** Large merges the train left out wait for a person; approved, each goes through on its own. */
async function approveLargeMerges(step: MissionSteps, missionId: string, trained: TrainResult) {
  const landed = [...trained.landed];
  for (const { unitId, linesChanged } of trained.needsApproval) {
    const approval = await step.run(`approval-merge-${unitId}`, () =>
      requestMergeApproval(unitId, linesChanged),
    );
    const decision = await awaitDecision(step, `merge-${unitId}`, approval);
    if (decision !== "approved") {
      await step.run(`skip-merge-${unitId}`, () => skipUnitMerge(unitId, decision));
      continue;
    }
    const approved = await step.run(`train-approved-${unitId}`, () =>
      runMergeTrain(missionId, [unitId], { approved: true }),
    );
    landed.push(...approved.landed);
  }
  return landed;
}

/**
 * Stages 4 and 5 of one round, pipelined. The units of a layer run in chunks of at most
 * `workers`; while a chunk runs, the units of the chunk before it go through the merge train
 * and the units the train landed before that are reviewed. A layer is drained (trained and its
 * approvals settled) before the next starts, since its units build on this one's. `mustStop`
 * runs before each chunk; on a stop, finished units still go through the train.
 */
export async function executeRound(
  step: MissionSteps,
  missionId: string,
  round: number,
  layers: Layer[],
  mustStop: (id: string) => Promise<string | null>,
) {
  let stopReason: string | null = null;
  let waiting: string[] = [];
  let toReview: string[] = [];
  const train = async (id: string, unitIds: string[]) => {
    if (!unitIds.length) return [];
    const trained = await step.run(`train-${id}`, () => runMergeTrain(missionId, unitIds));
    return approveLargeMerges(step, missionId, trained);
  };
  const reviews = (unitIds: string[]) =>
    Promise.all(unitIds.map((unitId) => step.run(`review-${unitId}`, () => reviewMerge(unitId))));

  for (const [layerIndex, layer] of layers.entries()) {
    for (const [chunkIndex, unitIds] of chunk(layer.unitIds, layer.workers).entries()) {
      const id = `r${round}-l${layerIndex}-c${chunkIndex}`;
      stopReason = await mustStop(`check-${id}`);
      if (stopReason) break;
      const [ends, landed] = await Promise.all([
        Promise.all(unitIds.map((unitId) => step.run(`unit-${unitId}`, () => runUnit(unitId)))),
        train(id, waiting),
        reviews(toReview),
      ]);
      toReview = landed;
      for (const [index, unitId] of unitIds.entries())
        await askToAllowTools(step, unitId, ends[index] as UnitRunEnd);
      waiting = unitIds;
    }
    const [landed] = await Promise.all([
      train(`r${round}-l${layerIndex}-end`, waiting),
      reviews(toReview),
    ]);
    toReview = landed;
    waiting = [];
    if (stopReason) break;
  }
  await reviews(toReview);
  return stopReason;
}
