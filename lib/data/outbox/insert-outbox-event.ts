import type { z } from "zod";
import type { InputJsonValue } from "@/lib/data/json";
import type { Transaction } from "@/lib/data/transaction";

/** An event definition of `inngest/events.ts`: its name and the schema its data must fit. */
export type OutboxEventType<Schema extends z.ZodType> = { name: string; schema: Schema };

/**
 * Records an event to send, inside the caller's transaction: it is sent only if that commits.
 * The data is parsed with the event's own schema first, so a malformed event fails the change
 * that wanted to send it instead of reaching a function that cannot read it.
 */
export function insertOutboxEvent<Schema extends z.ZodType>(
  tx: Transaction,
  event: OutboxEventType<Schema>,
  data: z.input<Schema>,
  options: { sendAt?: Date } = {},
) {
  const parsed = event.schema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `The ${event.name} event does not fit its schema: ${parsed.error.issues
        .map((issue) => `${issue.path.join(".") || "data"}: ${issue.message}`)
        .join("; ")}`,
    );
  return tx.outboxEvent.create({
    data: {
      eventName: event.name,
      eventData: parsed.data as InputJsonValue,
      nextAttemptAt: options.sendAt,
    },
    select: { id: true },
  });
}
