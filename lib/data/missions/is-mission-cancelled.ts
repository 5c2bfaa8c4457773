import { getDb } from "@/lib/db";

/** Whether a person asked to cancel the mission; throws when there is no such mission. */
export async function isMissionCancelled(missionId: string) {
  const mission = await getDb().mission.findUniqueOrThrow({
    where: { id: missionId },
    select: { cancelRequestedAt: true },
  });
  return Boolean(mission.cancelRequestedAt);
}
