import { findMission } from "@/lib/data/missions/find-mission";
import { isMissionCancelled } from "@/lib/data/missions/is-mission-cancelled";
import { analyseRound } from "@/lib/services/mission-run/analyse-round";
import {
  approvalStatus,
  requestApproval,
  resolveApproval,
} from "@/lib/services/mission-run/approvals";
import { checkBudget, checkStop } from "@/lib/services/mission-run/check-stop";
import { finalVerification } from "@/lib/services/mission-run/final-verification";
import { finishMission } from "@/lib/services/mission-run/finish-mission";
import { mergeUnitStep } from "@/lib/services/mission-run/merge-unit-step";
import { prepareMission } from "@/lib/services/mission-run/prepare-mission";
import { publishGreen } from "@/lib/services/mission-run/publish-green";
import { recordPlan } from "@/lib/services/mission-run/record-plan";
import { reviewMerge } from "@/lib/services/mission-run/review-merge";
import { runCritic } from "@/lib/services/mission-run/run-critic";
import { runPlanner } from "@/lib/services/mission-run/run-planner";
import { runUnit, type UnitRunEnd } from "@/lib/services/mission-run/run-unit";
import {
  nextObjective,
  startChainedMission,
} from "@/lib/services/mission-run/start-chained-mission";
import {
  allowToolsAndRequeue,
  requestToolApproval,
} from "@/lib/services/mission-run/tool-approval";
import { requestMergeApproval, skipUnitMerge } from "@/lib/services/mission-run/unit-approval";

const DELIBERATION_ATTEMPTS = 3;
const APPROVAL_EVENT = "mission/approval.decided";

export type MissionSteps = {
  run: <T>(id: string, work: () => Promise<T>) => Promise<T>;
  waitForEvent: (
    id: string,
    options: { event: string; if: string; timeout: string },
  ) => Promise<unknown>;
};

const chunk = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );

/** Waits for a person's decision on an approval; a timeout is recorded as such. */
async function awaitDecision(
  step: MissionSteps,
  name: string,
  approval: { approvalId: string; timeout: string },
) {
  const early = await step.run(`decided-${name}`, () => approvalStatus(approval.approvalId));
  // Decided before the wait began: resolving it still puts the mission back to running.
  if (early !== "pending")
    return step.run(`resolve-${name}`, () => resolveApproval(approval.approvalId, true));
  const event = await step.waitForEvent(`wait-${name}`, {
    event: APPROVAL_EVENT,
    if: `async.data.approvalId == '${approval.approvalId}'`,
    timeout: approval.timeout,
  });
  return step.run(`resolve-${name}`, () => resolveApproval(approval.approvalId, event !== null));
}

/**
 * A stop condition before more work starts. A spent budget does not stop the mission outright:
 * it pauses and asks a person, who raises the budget to go on (the approval carries the new
 * figure) or stops it. Running units are never killed for the budget.
 */
async function mustStop(step: MissionSteps, missionId: string, round: number, id: string) {
  const stop = await step.run(id, () => checkStop(missionId, round));
  if (stop) return stop;
  const budget = await step.run(`budget-${id}`, () => checkBudget(missionId));
  if (!budget) return null;
  const approval = await step.run(`approval-budget-${id}`, () =>
    requestApproval(
      missionId,
      "budget",
      `The mission has spent its budget: ${budget.reason}. Raise the budget to go on, or stop.`,
      { costUsd: budget.costUsd },
    ),
  );
  const decision = await awaitDecision(step, `budget-${id}`, approval);
  if (decision === "approved") return null;
  return `${budget.reason}; ${decision === "rejected" ? "a person stopped the mission" : "nobody raised it in time"}`;
}

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

/** Merges one completed unit, asking first when the merge is large, then has the diff reviewed. */
async function mergeAndReview(step: MissionSteps, unitId: string) {
  let merge = await step.run(`merge-${unitId}`, () => mergeUnitStep(unitId));
  if (merge.status === "needs-approval") {
    const lines = merge.linesChanged;
    const approval = await step.run(`approval-merge-${unitId}`, () =>
      requestMergeApproval(unitId, lines),
    );
    const decision = await awaitDecision(step, `merge-${unitId}`, approval);
    if (decision === "approved")
      merge = await step.run(`merge-approved-${unitId}`, () =>
        mergeUnitStep(unitId, { approved: true }),
      );
    else await step.run(`skip-merge-${unitId}`, () => skipUnitMerge(unitId, decision));
  }
  if (merge.status === "merged") await step.run(`review-${unitId}`, () => reviewMerge(unitId));
}

/** One round's deliberation: planner proposal, critic verdict, refinement. Empty units = done. */
async function deliberate(step: MissionSteps, missionId: string, round: number) {
  for (let attempt = 1; attempt <= DELIBERATION_ATTEMPTS; attempt++) {
    const proposal = await step.run(`plan-r${round}-a${attempt}`, () =>
      runPlanner(missionId, round, attempt),
    );
    if (!proposal.ok) {
      if (attempt === DELIBERATION_ATTEMPTS)
        return { stop: `the planner failed: ${proposal.reason}` };
      continue;
    }
    if (!proposal.units.length) return { stop: "objective met: the planner proposed no more work" };
    const verdict = await step.run(`critic-r${round}-a${attempt}`, () =>
      runCritic(missionId, round, attempt),
    );
    if (verdict.verdict === "sufficient" || attempt === DELIBERATION_ATTEMPTS)
      return { units: proposal.units };
  }
  return { stop: "deliberation ended without a plan" };
}

/**
 * The mission loop (DESIGN §4), every stage a durable step: prepare; per round deliberate, order,
 * execute in worktrees (at most `workers` at once), merge one at a time behind verification,
 * review, analyse; then final verification, approval before pushing, optional chaining, finish.
 */
export async function runMissionSteps(missionId: string, step: MissionSteps) {
  await step.run("prepare", () => prepareMission(missionId));
  let stopReason = "";
  for (let round = 1; !stopReason; round++) {
    const stop = await mustStop(step, missionId, round, `check-r${round}`);
    if (stop) {
      stopReason = stop;
      break;
    }
    const plan = await deliberate(step, missionId, round);
    if (!plan.units) {
      stopReason = plan.stop;
      break;
    }
    const units = plan.units;
    const layers = await step.run(`order-r${round}`, () => recordPlan(missionId, round, units));
    for (const [layerIndex, layer] of layers.entries()) {
      for (const [chunkIndex, batch] of chunk(layer.unitIds, layer.workers).entries()) {
        const stopNow = await mustStop(
          step,
          missionId,
          round,
          `check-r${round}-l${layerIndex}-c${chunkIndex}`,
        );
        if (stopNow) {
          stopReason = stopNow;
          break;
        }
        const ends = await Promise.all(
          batch.map((unitId) => step.run(`unit-${unitId}`, () => runUnit(unitId))),
        );
        for (const [index, unitId] of batch.entries()) {
          await askToAllowTools(step, unitId, ends[index] as UnitRunEnd);
          await mergeAndReview(step, unitId);
        }
      }
      if (stopReason) break;
    }
    await step.run(`analyse-r${round}`, () => analyseRound(missionId, round));
  }

  const verification = await step.run("final-verification", () => finalVerification(missionId));
  const mission = await step.run("read-policy", async () => {
    const row = await findMission(missionId);
    return {
      policy: row.approvalPolicy,
      chain: row.chain,
      moved: row.startCommit !== verification.head,
      cancelled: Boolean(row.cancelRequestedAt),
    };
  });
  let publish: string | undefined;
  let approvedToPublish = false;
  if (mission.moved && verification.passed && !mission.cancelled) {
    let decision = "approved";
    if (mission.policy !== "never") {
      const summary = `Push green (${verification.head.slice(0, 10)}) to the project's remote`;
      const approval = await step.run("approval-push", () =>
        requestApproval(missionId, "push", summary, { head: verification.head }),
      );
      decision = await awaitDecision(step, "push", approval);
    }
    const cancelled = await step.run("cancelled-before-push", () => isMissionCancelled(missionId));
    approvedToPublish = decision === "approved" && !cancelled;
    if (approvedToPublish) publish = await step.run("push-green", () => publishGreen(missionId));
    else
      publish = cancelled
        ? "the push was cancelled"
        : `the push was ${decision === "rejected" ? "rejected" : "not approved in time"}`;
  }
  if (mission.chain && approvedToPublish) {
    const objective = await step.run("next-objective", () => nextObjective(missionId));
    if (objective) {
      let start = mission.policy === "never";
      if (!start) {
        const approval = await step.run("approval-chain", () =>
          requestApproval(missionId, "chain", `Start the next mission: ${objective}`, {
            objective,
          }),
        );
        start = (await awaitDecision(step, "chain", approval)) === "approved";
      }
      const cancelled = await step.run("cancelled-before-chain", () =>
        isMissionCancelled(missionId),
      );
      if (start && !cancelled)
        await step.run("chain", () => startChainedMission(missionId, objective));
    }
  }
  return step.run("finish", () => finishMission(missionId, { stopReason, verification, publish }));
}
