import { randomBytes, randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import type { ChannelConfig } from "@/lib/data/notifications/channel-types";
import { findChannelInTransaction } from "@/lib/data/notifications/find-channel-in-transaction";
import type { ChannelSecrets } from "@/lib/data/notifications/notification-secret-cipher";
import { saveNotificationChannel } from "@/lib/data/notifications/save-notification-channel";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import { DEFAULT_TELEGRAM_BASE_URL } from "@/lib/services/notifications/channel-requests";
import { type ChannelForm, channelFormSchema } from "@/lib/validation/notifications";

const required = (value: string | undefined, field: string, message: string) => {
  if (!value) throw new UserInputError(message, field);
  return value;
};

/** What may be shown of a secret URL: its origin. */
const urlHint = (url: string) => `${new URL(url).origin}/…`;

function channelShape(
  form: ChannelForm,
  old: ChannelSecrets | undefined,
): { config: ChannelConfig; secrets: ChannelSecrets } {
  switch (form.kind) {
    case "telegram":
      return {
        config: {
          telegramBaseUrl: form.telegramBaseUrl ?? DEFAULT_TELEGRAM_BASE_URL,
          chatId: required(form.chatId, "chatId", "Enter the chat id."),
        },
        secrets: {
          botToken: required(form.botToken ?? old?.botToken, "botToken", "Enter the bot token."),
        },
      };
    case "slack":
    case "webhook": {
      const url = required(form.url ?? old?.url, "url", "Enter the webhook URL.");
      return {
        config: { urlHint: urlHint(url) },
        secrets: {
          url,
          ...(form.kind === "webhook"
            ? { signingSecret: old?.signingSecret ?? `whsec_${randomBytes(32).toString("base64")}` }
            : {}),
        },
      };
    }
    case "ntfy":
      return {
        config: {
          ntfyServerUrl: required(
            form.ntfyServerUrl,
            "ntfyServerUrl",
            "Enter the ntfy server URL.",
          ),
          ntfyTopic: required(form.ntfyTopic, "ntfyTopic", "Enter the topic."),
        },
        secrets:
          (form.ntfyToken ?? old?.ntfyToken) ? { ntfyToken: form.ntfyToken ?? old?.ntfyToken } : {},
      };
  }
}

/**
 * Adds a channel, or edits one (a blank secret keeps the stored one; a webhook keeps its signing
 * secret). The audit row names the channel, its kind and filter: never a secret.
 */
export async function saveChannel(actor: Actor, input: unknown) {
  authorize(actor, "admin");
  const parsed = channelFormSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserInputError(issue?.message ?? "Check the form.", String(issue?.path[0] ?? "form"));
  }
  const form = parsed.data;
  if (!form.events.length) throw new UserInputError("Choose at least one event to send.", "events");
  return inTransaction(async (tx) => {
    const old = form.channelId ? await findChannelInTransaction(tx, form.channelId) : null;
    if (form.channelId && !old) throw new UserInputError("Unknown channel.");
    if (old && old.kind !== form.kind)
      throw new UserInputError("A channel keeps its kind: add a new channel instead.", "kind");
    const id = old?.id ?? randomUUID();
    const { config, secrets } = channelShape(form, old?.secrets);
    await saveNotificationChannel(tx, {
      id,
      name: form.name,
      kind: form.kind,
      config,
      events: form.events,
      secrets,
    });
    await insertAuditEntry(tx, {
      operation: old ? "notification_channel.edited" : "notification_channel.added",
      targetType: "notification_channel",
      targetId: id,
      details: { name: form.name, kind: form.kind, events: form.events },
      userId: actor.userId,
    });
    return { id };
  });
}
