import type { Transaction } from "@/lib/data/transaction";

/** A failed delivery goes back to pending for a re-send; false when it is not failed. */
export async function requeueDelivery(tx: Transaction, id: string) {
  const { count } = await tx.notificationDelivery.updateMany({
    where: { id, status: "failed" },
    data: { status: "pending", updatedAt: new Date() },
  });
  return count > 0;
}
