import { getDb } from "@/lib/db";

/** When a person asked to cancel the mission, if they did; null when there is no such mission. */
export function findMissionCancelRequest(missionId: string) {
  return getDb().mission.findUnique({
    where: { id: missionId },
    select: { cancelRequestedAt: true },
  });
}
