import type { Prisma } from "@/lib/generated/prisma/client";

export function updateUserRole(tx: Prisma.TransactionClient, userId: string, role: string) {
  return tx.user.update({
    where: { id: userId },
    data: { role, updatedAt: new Date() },
    select: { id: true, email: true, role: true },
  });
}
