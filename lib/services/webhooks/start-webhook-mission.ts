import { githubCommentRequested } from "@/inngest/events";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import { inTransaction } from "@/lib/data/transaction";
import { claimWebhookDelivery } from "@/lib/data/webhook-deliveries/claim-webhook-delivery";
import { findClaimedDelivery } from "@/lib/data/webhook-deliveries/find-claimed-delivery";
import { insertWebhookDelivery } from "@/lib/data/webhook-deliveries/insert-webhook-delivery";
import { updateWebhookDelivery } from "@/lib/data/webhook-deliveries/update-webhook-delivery";
import { UserInputError } from "@/lib/errors/user-input-error";
import { createMission } from "@/lib/services/missions/create-mission";
import { webhookActor } from "@/lib/services/webhooks/webhook-actor";
import { webhookMissionInput } from "@/lib/services/webhooks/webhook-mission-input";
import type { WebhookResult } from "@/lib/services/webhooks/webhook-result";
import type { GithubIssueRef, StandardMissionWebhook } from "@/lib/validation/webhooks";

export type WebhookMissionStart = {
  source: "github" | "standard";
  deliveryId: string;
  event: string;
  projectId: string;
  headers: Record<string, string>;
  body: string;
  replayOfId: string | null;
  objective: string;
  overrides?: Omit<Partial<StandardMissionWebhook>, "project" | "objective">;
  /** The issue to comment on; `commentBack` when the project has a token and API URL. */
  issue?: GithubIssueRef;
  commentBack?: boolean;
};

/**
 * Starts a verified delivery's mission at most once per delivery id: the delivery's row claims
 * `source:project:deliveryId` first, so a second delivery (or a replay) of the same id is a duplicate.
 * A mission that cannot be created frees the claim, so the sender's retry can start it.
 */
export async function startWebhookMission(start: WebhookMissionStart): Promise<WebhookResult> {
  // Per project: two senders that both number their messages 1, 2, … do not collide.
  const claimKey = `${start.source}:${start.projectId}:${start.deliveryId}`;
  const row = {
    source: start.source,
    deliveryId: start.deliveryId,
    event: start.event,
    projectId: start.projectId,
    headers: start.headers,
    body: start.body,
    replayOfId: start.replayOfId,
    issue: start.issue,
  };
  const claimed = await claimWebhookDelivery({
    ...row,
    verdict: "started",
    reason: "Starting a mission.",
    claimKey,
  });
  if (!claimed) {
    const holder = await findClaimedDelivery(claimKey);
    const reason = holder?.missionId
      ? `Delivery ${start.deliveryId} already started mission ${holder.missionId}; no second mission.`
      : `Delivery ${start.deliveryId} is already starting a mission; no second mission.`;
    await insertWebhookDelivery({ ...row, issue: undefined, verdict: "duplicate", reason });
    return {
      status: 409,
      body: { verdict: "duplicate", reason, error: reason, startedMissionId: holder?.missionId },
    };
  }
  try {
    const input = await webhookMissionInput(start.projectId, start.objective, start.overrides);
    const missionId = await createMission(webhookActor(start.source), input);
    const reason = `Started mission ${missionId}.`;
    await inTransaction(async (tx) => {
      await updateWebhookDelivery(tx, claimed.id, { verdict: "started", reason, missionId });
      if (start.issue && start.commentBack)
        await insertOutboxEvent(tx, githubCommentRequested, {
          deliveryId: claimed.id,
          kind: "started",
        });
    });
    return { status: 202, body: { verdict: "started", reason, missionId } };
  } catch (error) {
    const reason =
      error instanceof UserInputError
        ? `The mission was not created: ${error.message}`
        : "The mission could not be created.";
    if (!(error instanceof UserInputError)) console.error(error);
    await inTransaction((tx) =>
      updateWebhookDelivery(tx, claimed.id, { verdict: "error", reason, claimKey: null }),
    );
    return {
      status: error instanceof UserInputError ? 422 : 500,
      body: { verdict: "error", reason, error: reason },
    };
  }
}
