import { getDb } from "@/lib/db";

/** True when any table agents write to already holds a row: such a database is never seeded. */
export async function hasHubData(): Promise<boolean> {
  const db = getDb();
  const counts = await Promise.all([
    db.identity.count(),
    db.projectWorkspace.count(),
    db.sessionHistory.count(),
    db.projectFeedback.count(),
    db.procedureRegistry.count(),
    db.sharedKnowledge.count(),
    db.instanceMessage.count(),
  ]);
  return counts.some((count) => count > 0);
}
