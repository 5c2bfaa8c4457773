import { getDb } from "@/lib/db";
import type { BatchVerification } from "@/lib/mission/merge-train";

/** Keeps every verification a batch ran, so a resumed batch does not run one again. */
export async function recordBatchVerifications(
  batchId: string,
  verifications: BatchVerification[],
  status: "verifying" | "bisecting",
) {
  await getDb().mergeBatch.update({ where: { id: batchId }, data: { verifications, status } });
}
