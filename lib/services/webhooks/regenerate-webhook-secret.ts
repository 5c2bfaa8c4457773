import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { updateProjectWebhookSettings } from "@/lib/data/projects/update-project-webhook-settings";
import { inTransaction } from "@/lib/data/transaction";
import { encryptWebhookSecret } from "@/lib/data/webhook-deliveries/webhook-secret-cipher";
import {
  ensureProjectWebhookSecrets,
  secretScope,
} from "@/lib/services/webhooks/project-webhook-settings";
import { newGithubSecret, newStandardSecret } from "@/lib/services/webhooks/webhook-secrets";

/** Replaces one of a project's signing secrets; the old one stops verifying at once. */
export async function regenerateWebhookSecret(
  actor: Actor,
  projectId: string,
  kind: "github" | "standard",
) {
  authorize(actor, "operator");
  await ensureProjectWebhookSecrets(projectId);
  const secret = kind === "github" ? newGithubSecret() : newStandardSecret();
  const ciphertext = encryptWebhookSecret(secretScope(projectId, kind), secret);
  await inTransaction(async (tx) => {
    await updateProjectWebhookSettings(tx, projectId, {
      ...(kind === "github" ? { githubSecret: ciphertext } : { standardSecret: ciphertext }),
      updatedByUserId: actor.userId,
    });
    await insertAuditEntry(tx, {
      operation: "regenerate_webhook_secret",
      targetType: "project",
      targetId: projectId,
      details: { kind },
      userId: actor.userId,
    });
  });
}
