import { getDb } from "@/lib/db";

export async function incrementMissionCost(missionId: string, costUsd: number) {
  await getDb().mission.update({
    where: { id: missionId },
    data: { costUsd: { increment: costUsd } },
  });
}
