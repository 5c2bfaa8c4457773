"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { regenerateWebhookSecret } from "@/lib/services/webhooks/regenerate-webhook-secret";
import { replayWebhookDelivery } from "@/lib/services/webhooks/replay-webhook-delivery";
import { saveGithubWebhookSettings } from "@/lib/services/webhooks/save-github-webhook-settings";
import {
  githubWebhookSettingsSchema,
  regenerateWebhookSecretSchema,
  replayWebhookDeliverySchema,
} from "@/lib/validation/webhooks";

export const saveGithubWebhookSettingsAction = formAction(
  {
    role: "operator",
    schema: githubWebhookSettingsSchema,
    fields: ["githubRepository", "missionLabel", "githubApiUrl", "clearToken"],
    hidden: ["projectId"],
    secret: ["githubToken"],
  },
  async ({ actor, input }) => {
    await saveGithubWebhookSettings(actor, input);
    revalidatePath(`/launcher/projects/${input.projectId}`);
    return { ok: true, message: "GitHub webhook settings saved." };
  },
);

export const regenerateWebhookSecretAction = formAction(
  { role: "operator", schema: regenerateWebhookSecretSchema, hidden: ["projectId", "kind"] },
  async ({ actor, input }) => {
    await regenerateWebhookSecret(actor, input.projectId, input.kind);
    revalidatePath(`/launcher/projects/${input.projectId}`);
    return { ok: true, message: "New secret made: the old one no longer verifies." };
  },
);

export const replayWebhookDeliveryAction = formAction(
  { role: "operator", schema: replayWebhookDeliverySchema, hidden: ["deliveryId"] },
  async ({ actor, input }) => {
    const result = await replayWebhookDelivery(actor, input.deliveryId);
    revalidatePath("/launcher/projects/[id]", "page");
    return { ok: true, message: `Replayed: ${result.verdict}. ${result.reason}` };
  },
);
