import { notificationRaised } from "@/inngest/events";
import { anyChannelTakes } from "@/lib/data/notifications/any-channel-takes";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import { inTransaction, type Transaction } from "@/lib/data/transaction";
import { type NotificationEvent, notificationEventSchema } from "@/lib/validation/notifications";

/**
 * Raises a notification in the caller's transaction (sent only if the change commits), when some
 * channel takes its kind (so nothing queues in the outbox while nobody listens). It never
 * throws into the caller: an event that does not fit its schema is logged and dropped, so a
 * notification can never fail the mission or session that raised it.
 */
export async function notify(tx: Transaction, event: NotificationEvent): Promise<void> {
  const parsed = notificationEventSchema.safeParse({
    ...event,
    summary: event.summary.slice(0, 2_000),
  });
  if (!parsed.success) {
    console.error(`[notifications] dropped a ${event.kind} event: ${parsed.error.message}`);
    return;
  }
  if (await anyChannelTakes(tx, parsed.data.kind))
    await insertOutboxEvent(tx, notificationRaised, parsed.data);
}

/** `notify` for a caller with no transaction of its own; a failure is logged, never thrown. */
export async function notifyNow(event: NotificationEvent): Promise<void> {
  await inTransaction((tx) => notify(tx, event)).catch((error: unknown) => {
    console.error(`[notifications] could not raise a ${event.kind} event:`, error);
  });
}
