import type { Transaction } from "@/lib/data/transaction";

export async function markApprovalTimedOut(tx: Transaction, approvalId: string) {
  await tx.approval.update({
    where: { id: approvalId },
    data: { status: "timed_out", decidedAt: new Date() },
  });
}
