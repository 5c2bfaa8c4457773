import type { Transaction } from "@/lib/data/transaction";

/** A project's first webhook secrets; does nothing when another request created them first. */
export function insertProjectWebhookSettings(
  tx: Transaction,
  settings: { projectId: string; githubSecret: string; standardSecret: string },
) {
  return tx.projectWebhookSettings.createMany({ data: [settings], skipDuplicates: true });
}
