import type { Transaction } from "@/lib/data/transaction";

/** Removes the channel; its delivery log stays. True when there was one. */
export async function deleteNotificationChannel(tx: Transaction, id: string) {
  const { count } = await tx.notificationChannel.deleteMany({ where: { id } });
  return count > 0;
}
