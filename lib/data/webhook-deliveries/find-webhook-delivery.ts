import { getDb } from "@/lib/db";

export function findWebhookDelivery(id: string) {
  return getDb().webhookDelivery.findUnique({ where: { id } });
}
