import { incrementMissionCost } from "@/lib/data/missions/increment-mission-cost";

/** Adds an agent call's cost (an estimate where the agent reports one) to the mission's total. */
export async function addMissionCost(missionId: string, costUsd: number | undefined) {
  if (!costUsd) return;
  await incrementMissionCost(missionId, costUsd);
}
