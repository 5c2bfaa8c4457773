import { getDb } from "@/lib/db";

/** The mission's row; throws when there is no such mission. */
export function findMission(missionId: string) {
  return getDb().mission.findUniqueOrThrow({ where: { id: missionId } });
}
