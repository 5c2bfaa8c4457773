import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findProjectWebhookSettings } from "@/lib/data/projects/find-project-webhook-settings";
import { updateProjectWebhookSettings } from "@/lib/data/projects/update-project-webhook-settings";
import { inTransaction } from "@/lib/data/transaction";
import { encryptWebhookSecret } from "@/lib/data/webhook-deliveries/webhook-secret-cipher";
import {
  ensureProjectWebhookSecrets,
  secretScope,
} from "@/lib/services/webhooks/project-webhook-settings";
import type { githubWebhookSettingsSchema } from "@/lib/validation/webhooks";

/**
 * Saves the repository a project answers GitHub for, its mission label and the comment-back API
 * URL and token. An empty token keeps the stored one, unless the API URL changed; the token never reaches the audit row.
 */
export async function saveGithubWebhookSettings(
  actor: Actor,
  input: z.infer<typeof githubWebhookSettingsSchema>,
) {
  authorize(actor, "operator");
  await ensureProjectWebhookSecrets(input.projectId);
  // A stored token never follows the API URL to another host: a new URL needs the token again.
  const stored = await findProjectWebhookSettings(input.projectId);
  const urlMoved = (stored?.githubApiUrl ?? null) !== (input.githubApiUrl ?? null);
  const token = input.clearToken
    ? null
    : urlMoved && !input.githubToken && stored?.githubToken
      ? null
      : input.githubToken
        ? encryptWebhookSecret(secretScope(input.projectId, "token"), input.githubToken)
        : undefined;
  await inTransaction(async (tx) => {
    await updateProjectWebhookSettings(tx, input.projectId, {
      githubRepository: input.githubRepository ?? null,
      missionLabel: input.missionLabel ?? null,
      githubApiUrl: input.githubApiUrl ?? null,
      ...(token === undefined ? {} : { githubToken: token }),
      updatedByUserId: actor.userId,
    });
    await insertAuditEntry(tx, {
      operation: "save_github_webhook_settings",
      targetType: "project",
      targetId: input.projectId,
      details: {
        githubRepository: input.githubRepository ?? null,
        missionLabel: input.missionLabel ?? null,
        githubApiUrl: input.githubApiUrl ?? null,
        token: token === undefined ? "kept" : token === null ? "cleared" : "set",
      },
      userId: actor.userId,
    });
  });
}
