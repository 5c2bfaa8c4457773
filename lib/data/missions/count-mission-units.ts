import { getDb } from "@/lib/db";

export function countMissionUnits(missionId: string) {
  return getDb().workUnit.count({ where: { missionId } });
}
