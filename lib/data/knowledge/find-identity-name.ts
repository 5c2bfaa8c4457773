import type { Prisma } from "@/lib/generated/prisma/client";

/** The name of the identity with `id`, or null when there is none. */
export async function findIdentityName(tx: Prisma.TransactionClient, id: string) {
  const identity = await tx.identity.findUnique({ where: { id }, select: { name: true } });
  return identity?.name ?? null;
}
