import { z } from "zod";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

export const KNOWLEDGE_TYPES = ["pattern", "technique", "gotcha", "best-practice"] as const;
export type KnowledgeType = (typeof KNOWLEDGE_TYPES)[number];
export const knowledgeTypeSchema = z.enum(KNOWLEDGE_TYPES, {
  error: "Choose pattern, technique, gotcha or best practice.",
});

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

// Postgres cannot store a NUL character in text; say so instead of failing on insert.
const text = (max: number) =>
  z
    .string({ error: "Give one value." })
    .trim()
    .max(max, { error: `Use at most ${max.toLocaleString("en")} characters.` })
    .refine((value) => !value.includes("\u0000"), { error: "Remove the NUL character." });

export const knowledgeFiltersSchema = z.object({
  q: z.preprocess(emptyAsUndefined, text(200).optional()),
  type: z.preprocess(emptyAsUndefined, knowledgeTypeSchema.optional()),
  category: z.preprocess(emptyAsUndefined, text(100).optional()),
  page: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "The page is a whole number from 1." })
      .int({ error: "The page is a whole number from 1." })
      .min(1, { error: "The page is a whole number from 1." })
      .max(100_000, { error: "The page is a whole number from 1 to 100,000." })
      .default(1),
  ),
});
export type KnowledgeFilters = z.infer<typeof knowledgeFiltersSchema>;

/** The filters of a URL: a malformed one is left out and gets a message for its field. */
export function parseKnowledgeFilters(params: Record<string, unknown>): {
  filters: KnowledgeFilters;
  errors: Record<string, string>;
} {
  const parsed = knowledgeFiltersSchema.safeParse(params);
  if (parsed.success) return { filters: parsed.data, errors: {} };
  const errors = fieldErrorsOf(parsed.error.issues);
  const valid = Object.fromEntries(Object.entries(params).filter(([name]) => !(name in errors)));
  return { filters: knowledgeFiltersSchema.parse(valid), errors };
}

const confidenceError = "Confidence is a whole number from 1 to 10.";

export const knowledgeInputSchema = z.object({
  title: text(200).min(1, { error: "Enter a title." }),
  description: text(10_000).min(1, { error: "Describe what was learned." }),
  type: knowledgeTypeSchema,
  category: text(100).min(1, { error: "Enter a category." }),
  confidence: z.coerce
    .number({ error: confidenceError })
    .int({ error: confidenceError })
    .min(1, { error: confidenceError })
    .max(10, { error: confidenceError }),
  // Empty means no agent identity wrote it.
  createdByIdentityId: z.preprocess(
    emptyAsUndefined,
    z.uuid({ error: "Choose a known identity." }).optional(),
  ),
});
export type KnowledgeInput = z.infer<typeof knowledgeInputSchema>;

export const knowledgeIdSchema = z.uuid({ error: "Unknown knowledge entry." });
