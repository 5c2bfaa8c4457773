import { z } from "zod";

/** An event as the SDK sends it and as functions receive it. */
export const eventSchema = z.object({
  id: z.string().optional(),
  name: z.string().min(1),
  data: z.record(z.string(), z.unknown()).default({}),
  user: z.unknown().optional(),
  ts: z.number().optional(),
  v: z.string().optional(),
});
export type RunnerEvent = z.infer<typeof eventSchema> & { id: string; ts: number };

const concurrencySchema = z.looseObject({ limit: z.number(), key: z.string().optional() });

const triggerSchema = z.union([
  z.object({ event: z.string(), expression: z.string().optional() }),
  z.object({ cron: z.string() }),
]);

/** One function of the app's sync payload (POST /fn/register), with the fields the runner uses. */
export const syncedFunctionSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  triggers: z.array(triggerSchema),
  steps: z.record(
    z.string(),
    z.looseObject({
      runtime: z.looseObject({ url: z.string() }),
      retries: z.object({ attempts: z.number() }).optional(),
    }),
  ),
  cancel: z
    .array(
      z.object({ event: z.string(), if: z.string().optional(), timeout: z.string().optional() }),
    )
    .optional(),
  concurrency: z
    .union([z.number(), concurrencySchema, z.array(concurrencySchema)])
    .optional()
    .transform((value) =>
      value === undefined
        ? []
        : typeof value === "number"
          ? [{ limit: value }]
          : Array.isArray(value)
            ? value
            : [value],
    ),
});
export type SyncedFunction = z.infer<typeof syncedFunctionSchema>;

export const registerSchema = z.looseObject({
  url: z.string(),
  appName: z.string(),
  functions: z.array(syncedFunctionSchema),
});

const opSchema = z.looseObject({
  op: z.string(),
  id: z.string(),
  name: z.string().optional(),
  displayName: z.string().optional(),
  data: z.unknown().optional(),
  error: z.unknown().optional(),
  opts: z.record(z.string(), z.unknown()).optional(),
});
export type Op = z.infer<typeof opSchema>;
export const opsSchema = z.array(opSchema);

export type StepMemo = { data: unknown } | { error: unknown };
