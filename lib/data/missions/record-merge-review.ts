import { getDb } from "@/lib/db";
import type { ReviewResult } from "@/lib/mission/markers";

/** The reviewer's scores on the merge, or why it gave none. */
export async function recordMergeReview(mergeId: string, review: ReviewResult | { error: string }) {
  await getDb().merge.update({ where: { id: mergeId }, data: { review } });
}
