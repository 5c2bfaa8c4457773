import { getDb } from "@/lib/db";

/** A unit of the mission with its status and the mission's, or null when it is not the mission's. */
export function findMissionUnit(missionId: string, unitId: string) {
  return getDb().workUnit.findFirst({
    where: { id: unitId, missionId },
    select: { id: true, status: true, mission: { select: { status: true } } },
  });
}
