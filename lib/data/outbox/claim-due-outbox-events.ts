import type { Prisma } from "@/lib/generated/prisma/client";

type OutboxRow = {
  outbox_id: string;
  event_name: string;
  event_data: Prisma.JsonValue;
  attempts: number;
};

/** Locks up to `limit` unsent, due events for this transaction; other senders skip them. */
export function claimDueOutboxEvents(tx: Prisma.TransactionClient, now: Date, limit = 50) {
  return tx.$queryRaw<OutboxRow[]>`
    SELECT outbox_id, event_name, event_data, attempts FROM claude_mission_control.outbox
     WHERE sent_at IS NULL AND next_attempt_at <= ${now}
     ORDER BY created_at LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
}
