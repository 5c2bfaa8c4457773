import { z } from "zod";

export const MESSAGE_TYPES = ["task-request", "status-update", "question", "notification"] as const;
export const messageTypeSchema = z.enum(MESSAGE_TYPES, { error: "Choose a message type." });

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const inboxFiltersSchema = z.object({
  identity: z.preprocess(emptyAsUndefined, z.uuid().optional()),
  page: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});
export type InboxFilters = z.infer<typeof inboxFiltersSchema>;

export const newMessageSchema = z.object({
  fromIdentityId: z.uuid({ error: "Choose who sends it." }),
  // Empty means a broadcast to every identity.
  toIdentityId: z.preprocess(emptyAsUndefined, z.uuid({ error: "Choose a recipient." }).optional()),
  type: messageTypeSchema,
  subject: z
    .string()
    .trim()
    .min(1, { error: "Enter a subject." })
    .max(200, { error: "Use at most 200 characters." }),
  body: z
    .string()
    .trim()
    .min(1, { error: "Write a message." })
    .max(10_000, { error: "Use at most 10,000 characters." }),
});
export type NewMessage = z.infer<typeof newMessageSchema>;

export const messageStatusChangeSchema = z.object({
  messageId: z.uuid({ error: "Unknown message." }),
  status: z.enum(["read", "processed"], { error: "Choose read or processed." }),
});
