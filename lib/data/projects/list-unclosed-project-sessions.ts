import { getDb } from "@/lib/db";

/** A project's open sessions, newest first (sessions name their project, not its id). */
export function listUnclosedProjectSessions(projectName: string, take = 20) {
  return getDb().sessionHistory.findMany({
    where: { projectName, sessionEnd: null },
    orderBy: { sessionStart: { sort: "desc", nulls: "last" } },
    take,
    select: {
      id: true,
      sessionStart: true,
      sessionSummary: true,
      identity: { select: { name: true } },
    },
  });
}
