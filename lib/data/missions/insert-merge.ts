import type { Transaction } from "@/lib/data/transaction";

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
  },
) {
  await tx.merge.create({ data: merge });
}
