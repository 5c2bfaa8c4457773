import { getDb } from "@/lib/db";

/** Approvals still waiting for a person, the soonest to time out first, with their mission. */
export function listOpenApprovals(limit = 20) {
  return getDb().approval.findMany({
    where: { status: "pending" },
    orderBy: [{ timeoutAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      missionId: true,
      kind: true,
      summary: true,
      requestedAt: true,
      timeoutAt: true,
      mission: { select: { objective: true, project: { select: { name: true } } } },
    },
  });
}
