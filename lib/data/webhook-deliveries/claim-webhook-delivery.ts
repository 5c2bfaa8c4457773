import type { NewWebhookDelivery } from "@/lib/data/webhook-deliveries/insert-webhook-delivery";
import { getDb } from "@/lib/db";

/**
 * Records a delivery that is about to start a mission, holding its claim key; null when another
 * row holds that key already (the delivery id started, or is starting, a mission).
 */
export async function claimWebhookDelivery(
  delivery: NewWebhookDelivery & { claimKey: string },
): Promise<{ id: string } | null> {
  try {
    return await getDb().webhookDelivery.create({ data: delivery, select: { id: true } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return null;
    throw error;
  }
}
