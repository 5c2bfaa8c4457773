import type { Transaction } from "@/lib/data/transaction";

/** The approval's row; throws when there is no such approval. */
export function findApprovalToResolve(tx: Transaction, approvalId: string) {
  return tx.approval.findUniqueOrThrow({ where: { id: approvalId } });
}
