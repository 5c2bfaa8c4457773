import { githubCommentRequested } from "@/inngest/events";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import type { Transaction } from "@/lib/data/transaction";
import { findMissionGithubDelivery } from "@/lib/data/webhook-deliveries/find-mission-github-delivery";

/**
 * In the transaction that ends a mission: when a GitHub issue started it, asks for the end
 * comment (sent by its own Inngest function, so GitHub never holds up or fails the mission).
 */
export async function requestMissionEndComment(tx: Transaction, missionId: string) {
  const delivery = await findMissionGithubDelivery(tx, missionId);
  if (!delivery?.issue) return;
  await insertOutboxEvent(tx, githubCommentRequested, {
    deliveryId: delivery.id,
    kind: "finished",
  });
}
