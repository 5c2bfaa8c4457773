import { getDb } from "@/lib/db";

const FAILED_UNIT_STATUSES = ["failed", "conflicted", "reverted", "blocked"];

/** Units of any mission that failed, conflicted, were reverted or blocked since `since`. */
export function listFailedUnitsSince(since: Date, limit = 5) {
  return getDb().workUnit.findMany({
    where: { status: { in: FAILED_UNIT_STATUSES }, finishedAt: { gte: since } },
    orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      missionId: true,
      title: true,
      status: true,
      reason: true,
      finishedAt: true,
    },
  });
}
