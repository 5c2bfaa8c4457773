import type { Transaction } from "@/lib/data/transaction";

export async function feedbackExists(tx: Transaction, id: string) {
  return Boolean(await tx.projectFeedback.findUnique({ where: { id }, select: { id: true } }));
}
