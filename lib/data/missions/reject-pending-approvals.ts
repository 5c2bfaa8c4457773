import type { Transaction } from "@/lib/data/transaction";

/** Rejects the mission's pending approvals in the user's name; returns the approvals rejected. */
export async function rejectPendingApprovals(
  tx: Transaction,
  missionId: string,
  userId: string | null,
) {
  const pending = await tx.approval.findMany({ where: { missionId, status: "pending" } });
  await tx.approval.updateMany({
    where: { missionId, status: "pending" },
    data: { status: "rejected", decidedAt: new Date(), decidedByUserId: userId },
  });
  return pending;
}
