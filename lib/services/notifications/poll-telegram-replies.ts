import type { Actor } from "@/lib/auth/actor";
import type { ChannelWithSecrets } from "@/lib/data/notifications/channel-types";
import { listTelegramChannels } from "@/lib/data/notifications/list-telegram-channels";
import { findSetting } from "@/lib/data/settings/find-setting";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { UserInputError } from "@/lib/errors/user-input-error";
import { decideApproval } from "@/lib/services/missions/decide-approval";
import { DEFAULT_TELEGRAM_BASE_URL } from "@/lib/services/notifications/channel-requests";
import { postNotification } from "@/lib/services/notifications/post-json";
import { telegramUpdatesSchema } from "@/lib/validation/notifications";

export const TELEGRAM_OFFSETS_SETTING = "notifications.telegram_offsets";

const REPLY = /^(?:\/(approve|reject)(?:@\w+)?\s+|(approve|reject):)([0-9a-f-]{36})\s*$/i;

type Reply = { decision: "approved" | "rejected"; approvalId: string; from: string };

function parseReply(text: string | undefined, from: string): Reply | undefined {
  const match = text?.trim().match(REPLY);
  if (!match) return undefined;
  const verb = (match[1] ?? match[2] ?? "").toLowerCase();
  return {
    decision: verb === "approve" ? "approved" : "rejected",
    approvalId: (match[3] ?? "").toLowerCase(),
    from,
  };
}

const apiUrl = (channel: ChannelWithSecrets, method: string) =>
  `${(channel.config.telegramBaseUrl ?? DEFAULT_TELEGRAM_BASE_URL).replace(/\/+$/, "")}/bot${channel.secrets.botToken}/${method}`;

async function callTelegram(channel: ChannelWithSecrets, method: string, body: object) {
  return postNotification(apiUrl(channel, method), JSON.stringify(body), {
    "content-type": "application/json",
  });
}

/** The channel acting for whoever answered in its chat: a system actor, named in the audit row. */
function channelActor(channel: ChannelWithSecrets, from: string): Actor {
  return {
    userId: "",
    email: "",
    name: `Telegram ${from} via channel “${channel.name}” (${channel.id})`,
    role: "operator",
    via: "system",
  };
}

async function decide(channel: ChannelWithSecrets, reply: Reply): Promise<string> {
  try {
    await decideApproval(channelActor(channel, reply.from), reply.approvalId, reply.decision);
    return reply.decision === "approved" ? "Approved." : "Rejected.";
  } catch (error) {
    if (error instanceof UserInputError)
      return error.field === "budgetUsd"
        ? "A budget approval needs the new budget: use the link or the mission page."
        : error.message;
    throw error;
  }
}

/** Reads one channel's new updates and decides the approvals answered in its own chat. */
async function pollChannel(channel: ChannelWithSecrets, offset: number | undefined) {
  const answer = await callTelegram(channel, "getUpdates", {
    timeout: 0,
    allowed_updates: ["message", "callback_query"],
    ...(offset === undefined ? {} : { offset }),
  });
  const updates = telegramUpdatesSchema.parse(JSON.parse(answer)).result;
  const decided: string[] = [];
  let next = offset;
  for (const update of updates) {
    next = Math.max(next ?? 0, update.update_id + 1);
    const callback = update.callback_query;
    const chatId = String(callback?.message?.chat.id ?? update.message?.chat.id ?? "");
    if (chatId !== channel.config.chatId) continue;
    const sender = callback?.from ?? update.message?.from;
    const from = sender?.username ? `@${sender.username}` : `user ${sender?.id ?? "unknown"}`;
    const reply = parseReply(callback?.data ?? update.message?.text, from);
    if (!reply) continue;
    const said = await decide(channel, reply);
    if (said === "Approved." || said === "Rejected.") decided.push(reply.approvalId);
    await (callback
      ? callTelegram(channel, "answerCallbackQuery", { callback_query_id: callback.id, text: said })
      : callTelegram(channel, "sendMessage", { chat_id: channel.config.chatId, text: said })
    ).catch(() => undefined);
  }
  return { next, decided };
}

/**
 * The Telegram half of approving from a phone: each Telegram channel's `getUpdates` from the
 * offset kept in app_settings; an Approve/Reject button or `/approve <id>` from the configured
 * chat decides the approval. The offset moves past every update read, so none is read twice.
 */
export async function pollTelegramReplies() {
  const channels = await listTelegramChannels();
  if (!channels.length) return { decided: [] as string[] };
  const stored = (await findSetting(TELEGRAM_OFFSETS_SETTING))?.value;
  const offsets: Record<string, number> =
    stored && typeof stored === "object" && !Array.isArray(stored)
      ? (stored as Record<string, number>)
      : {};
  const decided: string[] = [];
  const errors: string[] = [];
  for (const channel of channels) {
    try {
      const result = await pollChannel(channel, offsets[channel.id]);
      if (result.next !== undefined) offsets[channel.id] = result.next;
      decided.push(...result.decided);
    } catch (error) {
      errors.push(`${channel.name}: ${(error as Error).message}`);
    }
  }
  await upsertSetting(
    TELEGRAM_OFFSETS_SETTING,
    offsets,
    "Telegram getUpdates offsets per channel.",
  );
  return { decided, errors };
}
