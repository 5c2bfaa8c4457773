import { getDb } from "@/lib/db";

/** Missions that failed since `since`, the latest first. */
export function listFailedMissionsSince(since: Date, limit = 5) {
  return getDb().mission.findMany({
    where: { status: "failed", finishedAt: { gte: since } },
    orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      objective: true,
      stopReason: true,
      finishedAt: true,
      project: { select: { name: true } },
    },
  });
}
