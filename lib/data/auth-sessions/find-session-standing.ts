import { getDb } from "@/lib/db";

/** Whether a session is still good: its user exists at the same session version, not revoked. */
export async function findSessionStanding(userId: string, sessionId: string) {
  const [user, revoked] = await Promise.all([
    getDb().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } }),
    getDb().revokedSession.findUnique({ where: { sessionId }, select: { sessionId: true } }),
  ]);
  return user ? { sessionVersion: user.sessionVersion, revoked: revoked !== null } : null;
}
