import { awaitDecision, type MissionSteps } from "@/inngest/functions/mission-approval-steps";
import { executeRound } from "@/inngest/functions/mission-execute-steps";
import { findMission } from "@/lib/data/missions/find-mission";
import { isMissionCancelled } from "@/lib/data/missions/is-mission-cancelled";
import { analyseRound } from "@/lib/services/mission-run/analyse-round";
import { requestApproval } from "@/lib/services/mission-run/approvals";
import { checkBeforeWork } from "@/lib/services/mission-run/check-stop";
import { finalVerification } from "@/lib/services/mission-run/final-verification";
import { finishMission } from "@/lib/services/mission-run/finish-mission";
import { prepareMission } from "@/lib/services/mission-run/prepare-mission";
import { publishGreen } from "@/lib/services/mission-run/publish-green";
import { recordPlan } from "@/lib/services/mission-run/record-plan";
import { runCritic } from "@/lib/services/mission-run/run-critic";
import { runPlanner } from "@/lib/services/mission-run/run-planner";
import {
  nextObjective,
  startChainedMission,
} from "@/lib/services/mission-run/start-chained-mission";

export type { MissionSteps } from "@/inngest/functions/mission-approval-steps";

const DELIBERATION_ATTEMPTS = 3;

/**
 * A stop condition before more work starts (one step for both checks). A spent budget does not
 * stop the mission outright: it pauses and asks a person, who raises the budget to go on (the
 * approval carries the new figure) or stops it. Running units are never killed for the budget.
 */
async function mustStop(step: MissionSteps, missionId: string, round: number, id: string) {
  const { stop, budget } = await step.run(id, () => checkBeforeWork(missionId, round));
  if (stop) return stop;
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
 * execute in worktrees (at most `workers` at once) while the merge train verifies and lands the
 * units before them, review beside that, analyse; then final verification, approval before
 * pushing, optional chaining, finish.
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
    const stopped = await executeRound(step, missionId, round, layers, (id) =>
      mustStop(step, missionId, round, id),
    );
    if (stopped) stopReason = stopped;
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
