import { getDb } from "@/lib/db";

/** The mission with its project; throws when there is no such mission. */
export function findMissionWithProject(missionId: string) {
  return getDb().mission.findUniqueOrThrow({
    where: { id: missionId },
    include: { project: true },
  });
}
