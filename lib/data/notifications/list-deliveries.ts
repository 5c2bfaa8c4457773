import type { NotificationMessage } from "@/lib/data/notifications/notification-message";
import { getDb } from "@/lib/db";

export type DeliveryLogRow = {
  id: string;
  channelName: string;
  eventKind: string;
  title: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
};

/** The delivery log, newest first, with each delivery's channel named (or “deleted channel”). */
export async function listDeliveries(limit = 50): Promise<DeliveryLogRow[]> {
  const rows = await getDb().notificationDelivery.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  const channels = await getDb().notificationChannel.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.channelId))] } },
    select: { id: true, name: true },
  });
  const names = new Map(channels.map((channel) => [channel.id, channel.name]));
  return rows.map((row) => ({
    id: row.id,
    channelName: names.get(row.channelId) ?? "deleted channel",
    eventKind: row.eventKind,
    title: (row.message as unknown as NotificationMessage).title,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt,
    deliveredAt: row.deliveredAt,
  }));
}
