import type { Transaction } from "@/lib/data/transaction";
import { FINISHED_MISSION_STATUSES } from "@/lib/validation/missions";

/**
 * Records a cancel request on a mission still going; false when it has finished or one was
 * requested already. Checked and set in one statement, so two cancels at once cannot both count.
 */
export async function markMissionCancelRequested(tx: Transaction, id: string) {
  const marked = await tx.mission.updateMany({
    where: { id, cancelRequestedAt: null, status: { notIn: [...FINISHED_MISSION_STATUSES] } },
    data: { cancelRequestedAt: new Date() },
  });
  return marked.count > 0;
}
