import type { Inngest } from "inngest";
import { notificationDeliveryRequested, notificationRaised } from "@/inngest/events";
import { fanOutNotification } from "@/lib/services/notifications/fan-out-notification";

/** An event becomes one delivery per channel that takes it, each sent by its own run. */
export const notificationFanOutFunction = (client: Inngest.Any) =>
  client.createFunction(
    {
      id: "notification-fan-out",
      name: "Fan out a notification",
      triggers: [notificationRaised],
      retries: 3,
    },
    async ({ event, step }) => {
      const deliveryIds = await step.run("record-deliveries", () => fanOutNotification(event.data));
      if (deliveryIds.length)
        await step.sendEvent(
          "request-sends",
          deliveryIds.map((deliveryId) => ({
            name: notificationDeliveryRequested.name,
            data: { deliveryId },
          })),
        );
      return { deliveries: deliveryIds.length };
    },
  );
