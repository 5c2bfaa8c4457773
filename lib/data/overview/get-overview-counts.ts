import { getDb } from "@/lib/db";

export async function getOverviewCounts() {
  const db = getDb();
  const [
    projects,
    identities,
    sessions,
    unclosedSessions,
    openFeedback,
    procedures,
    mandatoryProcedures,
    knowledge,
    unreadMessages,
    auditEntries,
  ] = await Promise.all([
    db.projectWorkspace.count(),
    db.identity.count(),
    db.sessionHistory.count(),
    db.sessionHistory.count({ where: { sessionEnd: null } }),
    db.projectFeedback.count({
      where: { OR: [{ status: null }, { status: { notIn: ["resolved", "wont_fix"] } }] },
    }),
    db.procedureRegistry.count(),
    db.procedureRegistry.count({ where: { mandatory: true } }),
    db.sharedKnowledge.count(),
    db.instanceMessage.count({ where: { status: "unread" } }),
    db.auditLog.count(),
  ]);
  return {
    projects,
    identities,
    sessions,
    unclosedSessions,
    openFeedback,
    procedures,
    mandatoryProcedures,
    knowledge,
    unreadMessages,
    auditEntries,
  };
}
export type OverviewCounts = Awaited<ReturnType<typeof getOverviewCounts>>;
