import { NonRetriableError } from "inngest";
import { findChannelWithSecrets } from "@/lib/data/notifications/find-channel-with-secrets";
import { findDelivery } from "@/lib/data/notifications/find-delivery";
import { recordDeliveryAttempt } from "@/lib/data/notifications/record-delivery-attempt";
import { channelRequest } from "@/lib/services/notifications/channel-requests";
import { postNotification } from "@/lib/services/notifications/post-json";

/**
 * Sends one delivery, once: a delivery already delivered is not sent again. Every try is counted
 * and its error kept; a failed try throws, so the function's retries (with backoff) try again,
 * and the last one marks it failed.
 */
export async function sendNotificationDelivery(
  deliveryId: string,
  attempt: { final: boolean },
): Promise<{ status: string; attempts: number }> {
  const delivery = await findDelivery(deliveryId);
  if (!delivery) throw new NonRetriableError(`Delivery ${deliveryId} does not exist.`);
  if (delivery.status === "delivered") return { status: "delivered", attempts: delivery.attempts };
  let error: string;
  try {
    const channel = await findChannelWithSecrets(delivery.channelId);
    if (!channel) throw new Error("The channel was deleted.");
    const request = channelRequest(channel, delivery.message, `msg_${delivery.id}`);
    await postNotification(request.url, request.body, request.headers);
    await recordDeliveryAttempt(deliveryId, { delivered: true });
    return { status: "delivered", attempts: delivery.attempts + 1 };
  } catch (caught) {
    error = (caught as Error).message;
  }
  await recordDeliveryAttempt(deliveryId, { delivered: false, error, final: attempt.final });
  throw new Error(error);
}
