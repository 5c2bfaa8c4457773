import { getDb } from "@/lib/db";

/** Tokens newest first: one user's, or everyone's (`userId` left out) with their owners. */
export function listApiTokens({ userId }: { userId?: string } = {}) {
  return getDb().apiToken.findMany({
    where: userId ? { userId } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      role: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true } },
    },
  });
}
export type ApiTokenListItem = Awaited<ReturnType<typeof listApiTokens>>[number];
