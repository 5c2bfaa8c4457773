import { getDb } from "@/lib/db";

export function countRunningMissions(projectId: string) {
  return getDb().mission.count({ where: { projectId, finishedAt: null } });
}
