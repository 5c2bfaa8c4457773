import type { Transaction } from "@/lib/data/transaction";

export async function procedureExists(tx: Transaction, id: string) {
  return Boolean(await tx.procedureRegistry.findUnique({ where: { id }, select: { id: true } }));
}
