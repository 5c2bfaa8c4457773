import { markDeliveryFailed as markFailed } from "@/lib/data/notifications/mark-delivery-failed";

/** After the send's last retry: the delivery shows as failed, ready for a re-send. */
export function markDeliveryFailed(deliveryId: string, error: string) {
  return markFailed(deliveryId, error);
}
