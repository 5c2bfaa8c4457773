import { z } from "zod";

// The JSON columns the mission loop writes, read leniently: a row written by another version still
// shows what it can instead of failing the whole page.

const text = z.string().catch("");
const optionalText = z.string().nullish().catch(null);
const textList = z.array(z.coerce.string()).catch([]);

const first = (record: Record<string, unknown>, ...keys: string[]) =>
  keys.map((key) => record[key]).find((value) => value !== undefined);

/** A planned unit, whatever case its keys were written in. */
const plannedUnitSchema = z.preprocess(
  (value) => {
    const record = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
    return {
      key: first(record, "key", "id", "unitKey", "unit_key"),
      title: first(record, "title", "name"),
      description: record.description,
      files: first(record, "filesHint", "files_hint", "files"),
      dependsOn: first(record, "dependsOn", "depends_on", "dependencies"),
      acceptance: first(record, "acceptance", "acceptanceCriteria", "acceptance_criteria"),
    };
  },
  z.object({
    key: z.coerce.string().nullish().catch(null),
    title: text,
    description: text,
    files: textList,
    dependsOn: textList,
    acceptance: z
      .union([z.string(), z.array(z.coerce.string()).transform((items) => items.join("; "))])
      .nullish()
      .catch(null),
  }),
);
export type PlannedUnit = z.infer<typeof plannedUnitSchema>;

export const planSchema = z.array(plannedUnitSchema).catch([]);

const verdictSchema = z.preprocess(
  (value) => {
    const record = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
    return { ...record, nextObjective: first(record, "next_objective", "nextObjective") };
  },
  z.object({ verdict: text, feedback: text, nextObjective: optionalText }),
);

const attemptSchema = z.object({
  attempt: z.coerce.number().catch(0),
  proposal: z
    .object({ units: planSchema })
    .nullish()
    .catch(null)
    .transform((proposal) => proposal ?? null),
  proposalError: optionalText,
  verdict: verdictSchema
    .nullish()
    .catch(null)
    .transform((verdict) => verdict ?? null),
  verdictError: optionalText,
});
export type DeliberationAttempt = z.infer<typeof attemptSchema>;

export const deliberationSchema = z.array(attemptSchema).catch([]);

export const signalsSchema = z
  .object({
    hotFiles: z.array(z.object({ file: text, count: z.coerce.number().catch(0) })).catch([]),
    failureClusters: z.array(z.object({ reason: text, units: textList })).catch([]),
    stalledAreas: z.array(z.object({ area: text, failures: z.coerce.number().catch(0) })).catch([]),
  })
  .nullable()
  .catch(null);
export type BatchSignals = NonNullable<z.infer<typeof signalsSchema>>;

const score = z.coerce.number().nullish().catch(null);

export const reviewSchema = z
  .object({ alignment: score, approach: score, tests: score, notes: optionalText })
  .nullable()
  .catch(null);
export type MergeReview = NonNullable<z.infer<typeof reviewSchema>>;
