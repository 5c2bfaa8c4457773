import { getDb } from "@/lib/db";

/** Refuses the session from now on; rows of sessions that have expired anyway are cleared. */
export async function insertRevokedSession(session: {
  sessionId: string;
  userId: string;
  expiresAt: Date;
}) {
  const db = getDb();
  await db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await db.revokedSession.upsert({
    where: { sessionId: session.sessionId },
    create: session,
    update: {},
  });
}
