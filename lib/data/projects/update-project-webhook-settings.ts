import type { Transaction } from "@/lib/data/transaction";

export type WebhookSettingsChange = {
  githubRepository?: string | null;
  githubSecret?: string;
  standardSecret?: string;
  missionLabel?: string | null;
  githubToken?: string | null;
  githubApiUrl?: string | null;
  updatedByUserId: string | null;
};

export function updateProjectWebhookSettings(
  tx: Transaction,
  projectId: string,
  change: WebhookSettingsChange,
) {
  return tx.projectWebhookSettings.update({
    where: { projectId },
    data: { ...change, updatedAt: new Date() },
    select: { projectId: true },
  });
}
