import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { insertMerge } from "@/lib/data/missions/insert-merge";
import { updateUnitStatusInTransaction } from "@/lib/data/missions/update-unit-status-in-transaction";
import type { Transaction } from "@/lib/data/transaction";
import { notify } from "@/lib/services/notifications/notify";

const OUTPUT_KEPT = 8_000;

export type MergeRecord = {
  status: "merged" | "conflicted" | "reverted";
  reason?: string;
  commit?: string;
  lines?: number;
  verification?: { passed: boolean; output: string };
  batchId?: string;
};

/**
 * A unit's merge record in the caller's transaction: the unit takes the merge's status, it is
 * audited, and a merge that did not land notifies (conflict, or verification failed).
 */
export async function recordMerge(
  tx: Transaction,
  unitId: string,
  missionId: string,
  merge: MergeRecord,
) {
  await insertMerge(tx, {
    unitId,
    missionId,
    status: merge.status,
    mergeCommit: merge.commit,
    linesChanged: merge.lines,
    verificationPassed: merge.verification?.passed,
    verificationOutput: merge.verification?.output.slice(-OUTPUT_KEPT),
    batchId: merge.batchId,
  });
  await updateUnitStatusInTransaction(tx, unitId, {
    status: merge.status,
    reason: merge.reason ?? null,
  });
  await insertAuditEntry(tx, {
    operation: `merge_unit_${merge.status}`,
    targetType: "work_unit",
    targetId: unitId,
    details: { commit: merge.commit ?? null, reason: merge.reason ?? null },
  });
  if (merge.status !== "merged")
    await notify(tx, {
      kind: merge.status === "conflicted" ? "conflict" : "verification_failed",
      key: `merge:${unitId}`,
      summary: merge.reason ?? merge.status,
      missionId,
      unitId,
    });
}
