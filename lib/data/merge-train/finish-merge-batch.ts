import type { Transaction } from "@/lib/data/transaction";

/** The batch's outcome, written with its units' merge records. */
export async function finishMergeBatch(
  tx: Transaction,
  batchId: string,
  outcome: {
    status: "landed" | "bisected" | "empty";
    landedCommit: string | null;
    landedUnitIds: string[];
    blamedUnitIds: string[];
    conflictedUnitIds: string[];
    requeuedUnitIds: string[];
  },
) {
  await tx.mergeBatch.update({
    where: { id: batchId },
    data: { ...outcome, finishedAt: new Date() },
  });
}
