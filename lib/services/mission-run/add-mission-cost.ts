import { getDb } from "@/lib/db";

/** Adds an agent call's cost (an estimate where the agent reports one) to the mission's total. */
export async function addMissionCost(missionId: string, costUsd: number | undefined) {
  if (!costUsd) return;
  await getDb().mission.update({
    where: { id: missionId },
    data: { costUsd: { increment: costUsd } },
  });
}
