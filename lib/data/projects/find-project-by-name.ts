import type { Transaction } from "@/lib/data/transaction";

export function findProjectByName(tx: Transaction, name: string) {
  return tx.projectWorkspace.findUnique({ where: { name } });
}
