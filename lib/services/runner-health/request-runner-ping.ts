import { runnerPingRequested } from "@/inngest/events";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import { inTransaction } from "@/lib/data/transaction";

/** Asks the runner to run a function now: the event goes out through the outbox. */
export async function requestRunnerPing(actor: Actor) {
  authorize(actor, "admin");
  return inTransaction(async (tx) => {
    const { id } = await insertOutboxEvent(tx, runnerPingRequested, { requestedBy: actor.email });
    await insertAuditEntry(tx, {
      operation: "request_runner_ping",
      targetType: "outbox",
      targetId: id,
      userId: actor.userId,
    });
    return id;
  });
}
