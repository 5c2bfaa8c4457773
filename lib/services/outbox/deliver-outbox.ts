import { claimDueOutboxEvents } from "@/lib/data/outbox/claim-due-outbox-events";
import { markOutboxEventFailed } from "@/lib/data/outbox/mark-outbox-event-failed";
import { markOutboxEventsSent } from "@/lib/data/outbox/mark-outbox-events-sent";
import { inTransaction, type Transaction } from "@/lib/data/transaction";

type OutgoingEvent = { id: string; name: string; data: unknown };
export type SendEvents = (events: OutgoingEvent[]) => Promise<unknown>;

const MAX_BACKOFF_MS = 5 * 60_000;

type Row = Awaited<ReturnType<typeof claimDueOutboxEvents>>[number];

async function markFailed(tx: Transaction, row: Row, error: unknown, now: Date) {
  const message = error instanceof Error ? error.message : String(error);
  await markOutboxEventFailed(tx, row.outbox_id, {
    error: message.slice(0, 2_000),
    retryAt: new Date(now.getTime() + Math.min(1_000 * 2 ** row.attempts, MAX_BACKOFF_MS)),
  });
}

const toEvent = (row: Row): OutgoingEvent => ({
  id: row.outbox_id,
  name: row.event_name,
  data: row.event_data,
});

/**
 * Sends every due outbox event. The outbox id is the event id, so a send that reached the server
 * but was not recorded here is deduplicated there when it is sent again. When a batch fails, each
 * event is tried alone, so one bad event cannot hold the others back. A failed event is kept and
 * retried later with backoff; nothing is dropped.
 */
export async function deliverOutbox(
  send: SendEvents,
  now = new Date(),
): Promise<{ sent: number; failed: number }> {
  return inTransaction(
    async (tx) => {
      const due = await claimDueOutboxEvents(tx, now);
      if (!due.length) return { sent: 0, failed: 0 };
      let sent: Row[] = due;
      try {
        await send(due.map(toEvent));
      } catch (batchError) {
        sent = [];
        for (const row of due) {
          try {
            if (due.length === 1) throw batchError;
            await send([toEvent(row)]);
            sent.push(row);
          } catch (error) {
            await markFailed(tx, row, error, now);
          }
        }
      }
      if (sent.length) {
        const sentIds = sent.map((row) => row.outbox_id);
        await markOutboxEventsSent(tx, sentIds, now);
      }
      return { sent: sent.length, failed: due.length - sent.length };
    },
    { timeout: 60_000 },
  );
}
