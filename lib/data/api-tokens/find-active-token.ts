import { getDb } from "@/lib/db";

/** The unrevoked, unexpired token with this hash, its role and its user's current role. */
export function findActiveToken(tokenHash: string, now = new Date()) {
  return getDb().apiToken.findFirst({
    where: { tokenHash, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    select: {
      id: true,
      role: true,
      user: { select: { id: true, email: true, name: true, role: true } },
    },
  });
}
