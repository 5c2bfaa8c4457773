import { getDb } from "@/lib/db";

export function listMissionUnits(missionId: string) {
  return getDb().workUnit.findMany({ where: { missionId } });
}
