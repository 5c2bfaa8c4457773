import { z } from "zod";
import { optionalId } from "@/lib/validation/optional-id";

/** What a channel can be told about; each channel keeps its own choice of these. */
export const NOTIFICATION_EVENT_KINDS = [
  "mission_started",
  "mission_finished",
  "mission_failed",
  "approval_needed",
  "conflict",
  "verification_failed",
  "stall",
  "budget_reached",
  "session_finished",
  "needs_input",
] as const;
export type NotificationEventKind = (typeof NOTIFICATION_EVENT_KINDS)[number];

export const NOTIFICATION_EVENT_LABELS: Record<NotificationEventKind, string> = {
  mission_started: "Mission started",
  mission_finished: "Mission finished",
  mission_failed: "Mission failed",
  approval_needed: "Approval needed",
  conflict: "Merge conflict",
  verification_failed: "Verification failed",
  stall: "Mission stalled",
  budget_reached: "Budget reached",
  session_finished: "Session finished",
  needs_input: "Needs input (permission prompt)",
};

export const CHANNEL_KINDS = ["telegram", "slack", "ntfy", "webhook"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export const CHANNEL_KIND_LABELS: Record<ChannelKind, string> = {
  telegram: "Telegram bot",
  slack: "Slack-style incoming webhook",
  ntfy: "ntfy",
  webhook: "Signed webhook (Standard Webhooks)",
};

/** The data of a `notification/event.raised` event: what happened, and what it is about. */
export const notificationEventSchema = z.object({
  kind: z.enum(NOTIFICATION_EVENT_KINDS),
  /** Once per key and channel: a repeated event with the same key is not sent again. */
  key: z.string().min(1).max(200),
  summary: z.string().max(2_000),
  missionId: z.uuid().optional(),
  approvalId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  sessionId: z.uuid().optional(),
});
export type NotificationEvent = z.infer<typeof notificationEventSchema>;

const emptyAsUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const httpUrl = (what: string) =>
  z
    .string({ error: `Enter the ${what}.` })
    .trim()
    .min(1, { error: `Enter the ${what}.` })
    .max(2_000, { error: "That URL is too long." })
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
      error: "Enter an http:// or https:// URL.",
    });
const optionalSecret = z.preprocess(emptyAsUndefined, z.string().trim().max(500).optional());

export const eventFieldName = (kind: NotificationEventKind) => `event_${kind}`;

/** The channel form's inputs: shown again after a refusal, except the secrets. */
export const CHANNEL_FORM_FIELDS = [
  "name",
  "kind",
  "telegramBaseUrl",
  "chatId",
  "ntfyServerUrl",
  "ntfyTopic",
  "events",
];
export const CHANNEL_SECRET_FIELDS = ["botToken", "url", "ntfyToken"];

/** The channel form: common fields, then the fields of its kind (a blank secret keeps the old). */
export const channelFormSchema = z
  .object({
    channelId: optionalId("Unknown channel."),
    name: z
      .string()
      .trim()
      .min(1, { error: "Give the channel a name." })
      .max(80, { error: "Keep the name under 80 characters." }),
    kind: z.enum(CHANNEL_KINDS, { error: "Choose a kind of channel." }),
    telegramBaseUrl: z.preprocess(emptyAsUndefined, httpUrl("Bot API base URL").optional()),
    botToken: optionalSecret,
    chatId: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .trim()
        .regex(/^(-?\d{1,20}|@[A-Za-z0-9_]{4,64})$/, {
          error: "Enter a numeric chat id (or @channelname).",
        })
        .optional(),
    ),
    url: z.preprocess(emptyAsUndefined, httpUrl("URL").optional()),
    ntfyServerUrl: z.preprocess(emptyAsUndefined, httpUrl("ntfy server URL").optional()),
    ntfyTopic: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .trim()
        .regex(/^[-_A-Za-z0-9]{1,64}$/, { error: "A topic is 1–64 letters, digits, - or _." })
        .optional(),
    ),
    ntfyToken: optionalSecret,
    ...Object.fromEntries(
      NOTIFICATION_EVENT_KINDS.map((kind) => [eventFieldName(kind), z.string().optional()]),
    ),
  })
  .transform((form) => ({
    ...form,
    events: NOTIFICATION_EVENT_KINDS.filter(
      (kind) => (form as Record<string, unknown>)[eventFieldName(kind)] === "on",
    ),
  }));
export type ChannelForm = z.output<typeof channelFormSchema>;

export const channelIdFormSchema = z.object({ channelId: z.uuid({ error: "Unknown channel." }) });
export const deliveryIdFormSchema = z.object({
  deliveryId: z.uuid({ error: "Unknown delivery." }),
});

export const approvalLinkFormSchema = z.object({
  token: z.string().min(1).max(300),
  budgetUsd: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "Enter an amount in US dollars." })
      .positive({ error: "Enter an amount above 0." })
      .max(1_000_000, { error: "Enter at most $1,000,000." })
      .optional(),
  ),
});

/** What the Telegram Bot API's getUpdates answers, as far as an approval reply needs it. */
export const telegramUpdatesSchema = z.object({
  ok: z.boolean(),
  result: z
    .array(
      z.object({
        update_id: z.number().int(),
        message: z
          .object({
            chat: z.object({ id: z.union([z.number(), z.string()]) }),
            from: z.object({ username: z.string().optional(), id: z.number() }).optional(),
            text: z.string().optional(),
          })
          .optional(),
        callback_query: z
          .object({
            id: z.string(),
            from: z.object({ username: z.string().optional(), id: z.number() }).optional(),
            data: z.string().optional(),
            message: z
              .object({ chat: z.object({ id: z.union([z.number(), z.string()]) }) })
              .optional(),
          })
          .optional(),
      }),
    )
    .default([]),
});
