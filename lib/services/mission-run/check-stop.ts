import { countRoundProgress } from "@/lib/data/missions/count-round-progress";
import { findMission } from "@/lib/data/missions/find-mission";
import { limitStopReason, stallStopReason, stallWindow } from "@/lib/mission/stop-conditions";

/**
 * Whether the loop must stop before round `round` (DESIGN §4.7): a person cancelled, max rounds,
 * wall time, budget, or a stall (the last two rounds planned work and merged none of it).
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
