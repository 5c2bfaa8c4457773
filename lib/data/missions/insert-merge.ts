import type { Transaction } from "@/lib/data/transaction";

/** A unit's merge record; a unit has one, so a resumed batch that records it again keeps the first. */
export async function insertMerge(
  tx: Transaction,
  merge: {
    unitId: string;
    missionId: string;
    status: string;
    mergeCommit?: string;
    linesChanged?: number;
    verificationPassed?: boolean;
    verificationOutput?: string;
    batchId?: string;
  },
) {
  await tx.merge.upsert({ where: { unitId: merge.unitId }, create: merge, update: {} });
}
