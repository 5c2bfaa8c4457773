import { getDb } from "@/lib/db";

/** The project's newest mission that has not finished, or null when none runs. */
export function findRunningMission(projectId: string) {
  return getDb().mission.findFirst({
    where: { projectId, finishedAt: null },
    orderBy: { createdAt: "desc" },
  });
}
