import type { Transaction } from "@/lib/data/transaction";

export function findApproval(tx: Transaction, id: string) {
  return tx.approval.findUnique({
    where: { id },
    select: { missionId: true, kind: true, status: true, summary: true },
  });
}
