import type { NotificationMessage } from "@/lib/data/notifications/notification-message";
import { getDb } from "@/lib/db";

export async function findDelivery(id: string) {
  const row = await getDb().notificationDelivery.findUnique({ where: { id } });
  return row ? { ...row, message: row.message as unknown as NotificationMessage } : null;
}
