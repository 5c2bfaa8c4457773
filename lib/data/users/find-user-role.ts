import type { Transaction } from "@/lib/data/transaction";

/** The role of the user with `id`, or null when there is none. */
export async function findUserRole(tx: Transaction, id: string) {
  const user = await tx.user.findUnique({ where: { id }, select: { role: true } });
  return user?.role ?? null;
}
