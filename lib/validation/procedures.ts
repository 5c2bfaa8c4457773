import { z } from "zod";

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optionalText = (max: number) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .max(max, { error: `Use at most ${max} characters.` })
      .optional(),
  );

export const procedureFiltersSchema = z.object({
  project: z.preprocess(emptyAsUndefined, z.string().trim().max(200).optional()),
  type: z.preprocess(emptyAsUndefined, z.string().trim().max(100).optional()),
  mandatory: z.preprocess(emptyAsUndefined, z.enum(["yes", "no"]).optional()),
});
export type ProcedureFilters = z.infer<typeof procedureFiltersSchema>;

/** `appliesTo` arrives as comma-separated project names or `all`. */
export const procedureInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Enter a name." })
    .max(200, { error: "Use at most 200 characters." }),
  type: optionalText(100),
  shortDescription: optionalText(2_000),
  locationType: optionalText(50),
  filePath: optionalText(500),
  appliesTo: z
    .string()
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string().max(200)).min(1, { error: "Name at least one project, or all." })),
  mandatory: z.preprocess(
    (value) => value === "on" || value === "true" || value === true,
    z.boolean(),
  ),
  frequency: optionalText(50),
});
export type ProcedureInput = z.infer<typeof procedureInputSchema>;
