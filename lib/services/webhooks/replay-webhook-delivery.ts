import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { inTransaction } from "@/lib/data/transaction";
import { findWebhookDelivery } from "@/lib/data/webhook-deliveries/find-webhook-delivery";
import { UserInputError } from "@/lib/errors/user-input-error";
import { receiveGithubWebhook } from "@/lib/services/webhooks/receive-github-webhook";
import { receiveStandardWebhook } from "@/lib/services/webhooks/receive-standard-webhook";

/**
 * Runs a logged delivery through its handler again, as a new log row pointing at it. Idempotency
 * still holds: a delivery id that started a mission starts none and is logged as a duplicate.
 * The signature is checked again (a Standard Webhooks replay without the five-minute window).
 */
export async function replayWebhookDelivery(actor: Actor, deliveryRowId: string) {
  authorize(actor, "operator");
  const delivery = await findWebhookDelivery(deliveryRowId);
  if (!delivery) throw new UserInputError("Unknown delivery.");
  if (delivery.body === null)
    throw new UserInputError("This delivery's body was not kept, so it cannot be replayed.");
  const request = { headers: delivery.headers as Record<string, string>, body: delivery.body };
  const result =
    delivery.source === "github"
      ? await receiveGithubWebhook(request, delivery.id)
      : await receiveStandardWebhook(request, delivery.id);
  await inTransaction((tx) =>
    insertAuditEntry(tx, {
      operation: "replay_webhook_delivery",
      targetType: "webhook_delivery",
      targetId: delivery.id,
      details: { verdict: result.body.verdict, reason: result.body.reason },
      userId: actor.userId,
    }),
  );
  return result.body;
}
