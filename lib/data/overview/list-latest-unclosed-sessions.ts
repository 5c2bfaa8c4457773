import { getDb } from "@/lib/db";

export function listLatestUnclosedSessions(take = 5) {
  return getDb().sessionHistory.findMany({
    where: { sessionEnd: null },
    orderBy: { sessionStart: { sort: "desc", nulls: "last" } },
    take,
    select: {
      id: true,
      projectName: true,
      sessionStart: true,
      identity: { select: { name: true } },
    },
  });
}
