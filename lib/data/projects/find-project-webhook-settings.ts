import { getDb } from "@/lib/db";

/** A project's webhook settings (secrets still encrypted), or null before they were generated. */
export function findProjectWebhookSettings(projectId: string) {
  return getDb().projectWebhookSettings.findUnique({ where: { projectId } });
}
