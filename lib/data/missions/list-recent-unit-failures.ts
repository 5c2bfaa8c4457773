import { getDb } from "@/lib/db";

/** The mission's ten most recently finished units that failed, conflicted, reverted or blocked. */
export function listRecentUnitFailures(missionId: string) {
  return getDb().workUnit.findMany({
    where: { missionId, status: { in: ["failed", "conflicted", "reverted", "blocked"] } },
    orderBy: { finishedAt: "desc" },
    take: 10,
    select: { title: true, reason: true },
  });
}
