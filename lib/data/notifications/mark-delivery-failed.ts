import { getDb } from "@/lib/db";

/**
 * The delivery's run gave up: a delivery still marked as retrying becomes failed. One already
 * delivered, failed, or queued again by a re-send (pending) is left as it is.
 */
export async function markDeliveryFailed(id: string, error: string) {
  await getDb().notificationDelivery.updateMany({
    where: { id, status: "retrying" },
    data: { status: "failed", lastError: error.slice(0, 2_000), updatedAt: new Date() },
  });
}
