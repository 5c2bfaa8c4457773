import type { Transaction } from "@/lib/data/transaction";

/** Rejects the mission's pending approvals in nobody's name: nothing waits for them any more. */
export async function withdrawPendingApprovals(tx: Transaction, missionId: string) {
  await tx.approval.updateMany({
    where: { missionId, status: "pending" },
    data: { status: "rejected", decidedAt: new Date() },
  });
}
