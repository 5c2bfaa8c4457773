import { z } from "zod";

export const FEEDBACK_TYPES = ["bug", "change", "design", "question"] as const;
export const FEEDBACK_STATUSES = ["new", "in_progress", "resolved", "wont_fix"] as const;
export const feedbackTypeSchema = z.enum(FEEDBACK_TYPES, {
  error: "Choose bug, change, design or question.",
});
export const feedbackStatusSchema = z.enum(FEEDBACK_STATUSES, { error: "Choose a known status." });

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const feedbackFiltersSchema = z.object({
  project: z.preprocess(emptyAsUndefined, z.uuid().optional()),
  type: z.preprocess(emptyAsUndefined, feedbackTypeSchema.optional()),
  status: z.preprocess(emptyAsUndefined, z.enum([...FEEDBACK_STATUSES, "open"]).optional()),
  page: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});
export type FeedbackFilters = z.infer<typeof feedbackFiltersSchema>;

export const newFeedbackSchema = z.object({
  projectId: z.uuid({ error: "Choose a project." }),
  type: feedbackTypeSchema,
  title: z
    .string()
    .trim()
    .min(1, { error: "Enter a title." })
    .max(200, { error: "Use at most 200 characters." }),
  description: z
    .string()
    .trim()
    .max(10_000, { error: "Use at most 10,000 characters." })
    .default(""),
  priority: z.coerce
    .number({ error: "Priority is a number from 1 to 5." })
    .int()
    .min(1, { error: "Priority is a number from 1 to 5." })
    .max(5, { error: "Priority is a number from 1 to 5." }),
});
export type NewFeedback = z.infer<typeof newFeedbackSchema>;

export const newCommentSchema = z.object({
  feedbackId: z.uuid({ error: "Unknown feedback item." }),
  text: z
    .string()
    .trim()
    .min(1, { error: "Write a comment." })
    .max(5_000, { error: "Use at most 5,000 characters." }),
});

export const statusChangeSchema = z.object({
  feedbackId: z.uuid({ error: "Unknown feedback item." }),
  status: feedbackStatusSchema,
});
