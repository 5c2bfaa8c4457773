import type { Inngest } from "inngest";
import { notificationDeliveryRequested } from "@/inngest/events";
import { markDeliveryFailed } from "@/lib/services/notifications/mark-delivery-failed";
import { sendNotificationDelivery } from "@/lib/services/notifications/send-notification-delivery";

export const NOTIFICATION_SEND_RETRIES = 4;

/** One delivery: the HTTP request, retried with backoff; the log keeps each try's outcome. */
export const notificationSendFunction = (client: Inngest.Any) =>
  client.createFunction(
    {
      id: "notification-send",
      name: "Send a notification",
      triggers: [notificationDeliveryRequested],
      retries: NOTIFICATION_SEND_RETRIES,
      onFailure: async ({ event, error, step }) => {
        await step.run("record-failure", () =>
          markDeliveryFailed(event.data.event.data.deliveryId, error.message),
        );
      },
    },
    async ({ event, step, attempt }) =>
      step.run("send", () =>
        sendNotificationDelivery(event.data.deliveryId, {
          final: attempt >= NOTIFICATION_SEND_RETRIES,
        }),
      ),
  );
