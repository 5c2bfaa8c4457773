import { getDb } from "@/lib/db";

/** A mission with its project and the project's mission settings: what every loop step starts from. */
export function findMissionContext(missionId: string) {
  return getDb().mission.findUnique({
    where: { id: missionId },
    include: { project: { include: { missionSettings: true } } },
  });
}
export type MissionContext = NonNullable<Awaited<ReturnType<typeof findMissionContext>>>;
