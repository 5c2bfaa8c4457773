import { getDb } from "@/lib/db";

export function findActiveToken(tokenHash: string) {
  const now = new Date();
  return getDb().apiToken.findFirst({
    where: { tokenHash, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    select: { id: true, user: { select: { id: true, email: true, name: true, role: true } } },
  });
}
