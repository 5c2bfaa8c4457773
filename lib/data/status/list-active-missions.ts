import { getDb } from "@/lib/db";

/** Missions queued, running or waiting for a person, oldest first, with their project's name. */
export function listActiveMissions(limit = 20) {
  return getDb().mission.findMany({
    where: { status: { in: ["queued", "running", "awaiting_approval"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      objective: true,
      status: true,
      createdAt: true,
      startedAt: true,
      project: { select: { id: true, name: true } },
    },
  });
}
