import type { Transaction } from "@/lib/data/transaction";

/** Marks the link used, once: false when it was already used. */
export async function markApprovalLinkUsed(
  tx: Transaction,
  id: string,
  use: { userId: string | null; at: Date },
) {
  const { count } = await tx.approvalLink.updateMany({
    where: { id, usedAt: null },
    data: { usedAt: use.at, usedByUserId: use.userId },
  });
  return count > 0;
}
