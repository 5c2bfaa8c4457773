import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findProject } from "@/lib/data/projects/find-project";
import { findProjectWebhookSettings } from "@/lib/data/projects/find-project-webhook-settings";
import { insertProjectWebhookSettings } from "@/lib/data/projects/insert-project-webhook-settings";
import { inTransaction } from "@/lib/data/transaction";
import {
  decryptWebhookSecret,
  encryptWebhookSecret,
} from "@/lib/data/webhook-deliveries/webhook-secret-cipher";
import { UserInputError } from "@/lib/errors/user-input-error";
import { newGithubSecret, newStandardSecret } from "@/lib/services/webhooks/webhook-secrets";

/** The scope a project's encrypted value is bound to (the cipher's additional data). */
export const secretScope = (projectId: string, kind: "github" | "standard" | "token") =>
  `${projectId}:${kind}`;

export type ProjectWebhookSecrets = {
  githubSecret: string | null;
  standardSecret: string | null;
  githubRepository: string | null;
  missionLabel: string | null;
  githubApiUrl: string | null;
  githubToken: string | null;
};

/** A project's webhook settings with the secrets decrypted, or null before they were generated. */
export async function readProjectWebhookSecrets(
  projectId: string,
): Promise<ProjectWebhookSecrets | null> {
  const row = await findProjectWebhookSettings(projectId);
  if (!row) return null;
  return {
    githubSecret: decryptWebhookSecret(secretScope(projectId, "github"), row.githubSecret),
    standardSecret: decryptWebhookSecret(secretScope(projectId, "standard"), row.standardSecret),
    githubRepository: row.githubRepository,
    missionLabel: row.missionLabel,
    githubApiUrl: row.githubApiUrl,
    githubToken: row.githubToken
      ? decryptWebhookSecret(secretScope(projectId, "token"), row.githubToken)
      : null,
  };
}

/**
 * A project's webhook settings, generating its two signing secrets the first time (audited); an
 * id that names no project gets none.
 */
export async function ensureProjectWebhookSecrets(projectId: string) {
  const existing = await readProjectWebhookSecrets(projectId);
  if (existing) return existing;
  if (!(await findProject(projectId))) throw new UserInputError("Unknown project.", "form");
  await inTransaction(async (tx) => {
    const created = await insertProjectWebhookSettings(tx, {
      projectId,
      githubSecret: encryptWebhookSecret(secretScope(projectId, "github"), newGithubSecret()),
      standardSecret: encryptWebhookSecret(secretScope(projectId, "standard"), newStandardSecret()),
    });
    if (created.count)
      await insertAuditEntry(tx, {
        operation: "generate_webhook_secrets",
        targetType: "project",
        targetId: projectId,
      });
  });
  const created = await readProjectWebhookSecrets(projectId);
  if (!created) throw new Error(`The webhook secrets of project ${projectId} were not stored.`);
  return created;
}
