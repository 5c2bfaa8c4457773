import type { Transaction } from "@/lib/data/transaction";

/**
 * Records the decision on an approval still pending and not timed out at `at`; false otherwise.
 * Checked and set in one statement, so two decisions at once cannot both win.
 */
export async function decidePendingApproval(
  tx: Transaction,
  id: string,
  decision: { status: string; userId: string | null; at: Date },
) {
  const decided = await tx.approval.updateMany({
    where: { id, status: "pending", timeoutAt: { gt: decision.at } },
    data: { status: decision.status, decidedAt: decision.at, decidedByUserId: decision.userId },
  });
  return decided.count > 0;
}
