import type { Prisma } from "@/lib/generated/prisma/client";

/** Records an event to send, inside the caller's transaction: it is sent only if that commits. */
export function insertOutboxEvent(
  tx: Prisma.TransactionClient,
  event: { name: string; data: Prisma.InputJsonValue; sendAt?: Date },
) {
  return tx.outboxEvent.create({
    data: { eventName: event.name, eventData: event.data, nextAttemptAt: event.sendAt },
    select: { id: true },
  });
}
