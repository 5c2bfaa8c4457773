import type { Transaction } from "@/lib/data/transaction";

/** The mission's pending approval of this kind and summary, or null when none is open. */
export function findPendingApproval(
  tx: Transaction,
  { missionId, kind, summary }: { missionId: string; kind: string; summary: string },
) {
  return tx.approval.findFirst({ where: { missionId, kind, status: "pending", summary } });
}
