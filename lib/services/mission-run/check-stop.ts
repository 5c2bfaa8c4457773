import { countRoundProgress } from "@/lib/data/missions/count-round-progress";
import { findMission } from "@/lib/data/missions/find-mission";
import {
  budgetReached,
  limitStopReason,
  stallStopReason,
  stallWindow,
} from "@/lib/mission/stop-conditions";

/**
 * Whether the loop must stop before round `round` (DESIGN §4.7): a person cancelled, max rounds,
 * wall time, or a stall (the last two rounds planned work and merged none of it). The budget is
 * checked apart (`checkBudget`): reaching it asks a person instead of stopping.
 */
export async function checkStop(
  missionId: string,
  round: number,
  now = new Date(),
): Promise<string | null> {
  const mission = await findMission(missionId);
  const limit = limitStopReason(mission, round, now);
  if (limit) return limit;
  const window = stallWindow(round);
  if (!window.length) return null;
  return stallStopReason(await countRoundProgress(missionId, window));
}

/** Both checks made before more work starts, in one step: a stop, else a budget to ask about. */
export async function checkBeforeWork(missionId: string, round: number) {
  const stop = await checkStop(missionId, round);
  return { stop, budget: stop ? null : await checkBudget(missionId) };
}

/** The budget reached, as the question put to a person; null while there is money left. */
export async function checkBudget(missionId: string) {
  const mission = await findMission(missionId);
  const reached = budgetReached(mission);
  return reached ? { reason: reached, costUsd: mission.costUsd } : null;
}
