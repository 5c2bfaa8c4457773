import { z } from "zod";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

const blankAsUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

function isCalendarDay(value: string) {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const day = z
  .string({ error: "Use a date like 2026-01-31." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Use a date like 2026-01-31." })
  .refine(isCalendarDay, { error: "That day does not exist." });

export const SESSION_STATES = ["open", "closed"] as const;

export const sessionFiltersSchema = z
  .object({
    project: z.preprocess(
      blankAsUndefined,
      z
        .string({ error: "Choose one project." })
        .trim()
        .max(200, { error: "A project name has at most 200 characters." })
        .optional(),
    ),
    identity: z.preprocess(
      blankAsUndefined,
      z.uuid({ error: "Choose an identity from the list." }).optional(),
    ),
    state: z.preprocess(
      blankAsUndefined,
      z.enum(SESSION_STATES, { error: "Choose open or closed." }).optional(),
    ),
    from: z.preprocess(blankAsUndefined, day.optional()),
    to: z.preprocess(blankAsUndefined, day.optional()),
    page: z.preprocess(
      blankAsUndefined,
      z.coerce
        .number({ error: "The page is a number." })
        .int({ error: "The page is a whole number." })
        .min(1, { error: "Pages start at 1." })
        .max(100_000, { error: "There are not that many pages." })
        .default(1),
    ),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    path: ["to"],
    error: "The end date is before the start date.",
    // Only two valid days can be compared.
    when: ({ issues }) => !issues.some((issue) => ["from", "to"].includes(String(issue.path?.[0]))),
  });
export type SessionFilters = z.infer<typeof sessionFiltersSchema>;

/**
 * The valid filters of a query string, and a message for each one that is not: a bad value is
 * dropped (and said so) rather than turning the whole list away.
 */
export function parseSessionFilters(query: Record<string, unknown>): {
  filters: SessionFilters;
  errors: Record<string, string>;
} {
  const parsed = sessionFiltersSchema.safeParse(query);
  if (parsed.success) return { filters: parsed.data, errors: {} };
  const errors = fieldErrorsOf(parsed.error.issues);
  const valid = Object.fromEntries(Object.entries(query).filter(([name]) => !(name in errors)));
  const retried = sessionFiltersSchema.safeParse(valid);
  return { filters: retried.success ? retried.data : { page: 1 }, errors };
}

const NO_NUL = { error: "Remove the NUL character: it cannot be stored." };
const hasNoNul = (value: string) => !value.includes("\0");

/** A textarea with one entry per line: blank lines are dropped, each line is trimmed. */
const lines = (what: string) =>
  z
    .string()
    .max(20_000, { error: "Use at most 20,000 characters." })
    .refine(hasNoNul, NO_NUL)
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(1_000, { error: `Keep each ${what} under 1,000 characters.` }))
        .max(100, { error: `Use at most 100 ${what}s, one per line.` }),
    );

export const closeSessionSchema = z.object({
  sessionId: z.uuid({ error: "Unknown session." }),
  summary: z
    .string()
    .trim()
    .min(1, { error: "Write a summary." })
    .max(10_000, { error: "Use at most 10,000 characters." })
    .refine(hasNoNul, NO_NUL),
  tasks: lines("task"),
  learnings: lines("learning"),
  challenges: lines("challenge"),
});
export type SessionClosing = Omit<z.infer<typeof closeSessionSchema>, "sessionId">;
