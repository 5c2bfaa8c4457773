import type { Transaction } from "@/lib/data/transaction";
import type { NotificationEventKind } from "@/lib/validation/notifications";

/** Whether any channel's filter takes this kind of event. */
export async function anyChannelTakes(tx: Transaction, kind: NotificationEventKind) {
  const channel = await tx.notificationChannel.findFirst({
    where: { events: { array_contains: [kind] } },
    select: { id: true },
  });
  return channel !== null;
}
