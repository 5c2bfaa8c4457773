import type { Prisma } from "@/lib/generated/prisma/client";

export function insertUser(
  tx: Prisma.TransactionClient,
  user: { email: string; name: string; passwordHash: string; role: string },
) {
  return tx.user.create({ data: user, select: { id: true, email: true, name: true, role: true } });
}
