import { createHmac } from "node:crypto";
import type { ChannelWithSecrets } from "@/lib/data/notifications/channel-types";
import type { NotificationMessage } from "@/lib/data/notifications/notification-message";

export type ChannelRequest = { url: string; headers: Record<string, string>; body: string };

const JSON_HEADERS = { "content-type": "application/json" };
export const DEFAULT_TELEGRAM_BASE_URL = "https://api.telegram.org";

function approvalLines(message: NotificationMessage) {
  if (!message.approval) return [];
  return [`Approve: ${message.approval.approveUrl}`, `Reject: ${message.approval.rejectUrl}`];
}

/** Telegram `sendMessage`, with Approve/Reject buttons answered through getUpdates. */
function telegramRequest(
  channel: ChannelWithSecrets,
  message: NotificationMessage,
): ChannelRequest {
  const base = (channel.config.telegramBaseUrl ?? DEFAULT_TELEGRAM_BASE_URL).replace(/\/+$/, "");
  const text = [message.title, message.body, ...approvalLines(message), message.url]
    .filter(Boolean)
    .join("\n\n");
  const payload: Record<string, unknown> = {
    chat_id: channel.config.chatId,
    text: text.slice(0, 4_000),
    disable_web_page_preview: true,
  };
  if (message.approval && message.approval.kind !== "budget")
    payload.reply_markup = {
      inline_keyboard: [
        [
          { text: "Approve", callback_data: `approve:${message.approval.id}` },
          { text: "Reject", callback_data: `reject:${message.approval.id}` },
        ],
      ],
    };
  return {
    url: `${base}/bot${channel.secrets.botToken}/sendMessage`,
    headers: JSON_HEADERS,
    body: JSON.stringify(payload),
  };
}

function slackRequest(channel: ChannelWithSecrets, message: NotificationMessage): ChannelRequest {
  const links = message.approval
    ? [`<${message.approval.approveUrl}|Approve>  ·  <${message.approval.rejectUrl}|Reject>`]
    : [];
  const text = [
    `*${message.title}*`,
    message.body,
    ...links,
    message.url ? `<${message.url}|Open>` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return { url: channel.secrets.url ?? "", headers: JSON_HEADERS, body: JSON.stringify({ text }) };
}

/** ntfy's JSON publishing (to the server's root URL, the topic in the body), with view actions. */
function ntfyRequest(channel: ChannelWithSecrets, message: NotificationMessage): ChannelRequest {
  const actions = message.approval
    ? [
        { action: "view", label: "Approve", url: message.approval.approveUrl, clear: true },
        { action: "view", label: "Reject", url: message.approval.rejectUrl, clear: true },
      ]
    : [];
  const headers: Record<string, string> = { ...JSON_HEADERS };
  if (channel.secrets.ntfyToken) headers.authorization = `Bearer ${channel.secrets.ntfyToken}`;
  return {
    url: `${(channel.config.ntfyServerUrl ?? "").replace(/\/+$/, "")}/`,
    headers,
    body: JSON.stringify({
      topic: channel.config.ntfyTopic,
      title: message.title,
      message: message.body || message.title,
      priority: message.approval ? 4 : 3,
      tags: [message.kind],
      ...(message.url ? { click: message.url } : {}),
      ...(actions.length ? { actions } : {}),
    }),
  };
}

/**
 * Standard Webhooks: `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`
 * (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 part of `whsec_…`).
 */
export function standardWebhookHeaders(
  secret: string,
  id: string,
  timestamp: Date,
  body: string,
): Record<string, string> {
  const seconds = Math.floor(timestamp.getTime() / 1_000).toString();
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${seconds}.${body}`).digest("base64");
  return {
    "webhook-id": id,
    "webhook-timestamp": seconds,
    "webhook-signature": `v1,${signature}`,
  };
}

function webhookRequest(
  channel: ChannelWithSecrets,
  message: NotificationMessage,
  messageId: string,
  now: Date,
): ChannelRequest {
  const body = JSON.stringify({
    type: `notification.${message.kind}`,
    timestamp: now.toISOString(),
    data: message,
  });
  return {
    url: channel.secrets.url ?? "",
    headers: {
      ...JSON_HEADERS,
      ...standardWebhookHeaders(channel.secrets.signingSecret ?? "", messageId, now, body),
    },
    body,
  };
}

/** The HTTP request that delivers `message` on `channel`; `messageId` is stable across retries. */
export function channelRequest(
  channel: ChannelWithSecrets,
  message: NotificationMessage,
  messageId: string,
  now = new Date(),
): ChannelRequest {
  switch (channel.kind) {
    case "telegram":
      return telegramRequest(channel, message);
    case "slack":
      return slackRequest(channel, message);
    case "ntfy":
      return ntfyRequest(channel, message);
    case "webhook":
      return webhookRequest(channel, message, messageId, now);
  }
}
