import { SESSION_MAX_AGE_SECONDS, sessionClaims } from "@/lib/auth/session-claims";
import { findSessionStanding } from "@/lib/data/auth-sessions/find-session-standing";
import { insertRevokedSession } from "@/lib/data/auth-sessions/insert-revoked-session";

/**
 * A session holds while its user exists at the session version its JWT carries and it was not
 * signed out. A JWT without these claims (made before they existed) does not.
 */
export async function isSessionCurrent(token: unknown): Promise<boolean> {
  const claims = sessionClaims(token);
  if (!claims) return false;
  const standing = await findSessionStanding(claims.sub, claims.sid);
  return standing !== null && !standing.revoked && standing.sessionVersion === claims.sv;
}

/**
 * Refuses this session's JWT from now on, and every copy of it: each refresh keeps its `sid`, and
 * none outlives the session's maximum age from now.
 */
export async function revokeSession(token: unknown): Promise<void> {
  const claims = sessionClaims(token);
  if (!claims) return;
  await insertRevokedSession({
    sessionId: claims.sid,
    userId: claims.sub,
    expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
  });
}
