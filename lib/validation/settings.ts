import path from "node:path";
import { z } from "zod";
import { agentProfileSchema, isCliAgentKind } from "@/lib/validation/agent-profiles";

export const APPROVAL_POLICIES = ["always", "large-merges", "never"] as const;
export type ApprovalPolicy = (typeof APPROVAL_POLICIES)[number];

const wholeNumber = (unit: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter a number of ${unit}.` })
    .int({ error: `Enter a whole number of ${unit}.` })
    .min(min, { error: `Use ${min} to ${max} ${unit}.` })
    .max(max, { error: `Use ${min} to ${max} ${unit}.` });

export const missionDefaultsSchema = z.object({
  workers: wholeNumber("workers", 1, 32),
  maxRounds: wholeNumber("rounds", 1, 100),
  wallTimeMinutes: wholeNumber("minutes", 1, 10_080),
  budgetUsd: z.coerce
    .number({ error: "Enter an amount in US dollars." })
    .min(0, { error: "Use 0 to 100000 US dollars." })
    .max(100_000, { error: "Use 0 to 100000 US dollars." })
    .nullable(),
  approvalPolicy: z.enum(APPROVAL_POLICIES, { error: "Choose always, large-merges or never." }),
});
export type MissionDefaults = z.infer<typeof missionDefaultsSchema>;

export const approvalTimeoutSecondsSchema = wholeNumber("seconds", 60, 2_592_000);

const absolutePathSchema = z
  .string()
  .trim()
  .min(1, { error: "Enter a path." })
  .max(1_000, { error: "Use at most 1000 characters per path." })
  .refine((value) => path.isAbsolute(value), { error: "Use an absolute path (starting with /)." })
  .transform((value) => path.resolve(value));

export const allowedRootsSchema = z
  .array(absolutePathSchema)
  .min(1, { error: "Keep at least one folder." })
  .max(20, { error: "Use at most 20 folders." });

const MAX_LINES_TEXT = 20_000;
const linesText = z
  .string()
  .max(MAX_LINES_TEXT, { error: `Use at most ${MAX_LINES_TEXT} characters.` });

/** The non-blank lines of a textarea, trimmed. */
function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

/** `KEY=value` lines; the value may itself contain `=`. */
const envLines = linesText.transform((text, context) => {
  const env: Record<string, string> = {};
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const equals = line.indexOf("=");
    const name = line.slice(0, Math.max(equals, 0)).trim();
    const problem =
      equals < 0
        ? "write KEY=value."
        : !ENV_NAME.test(name)
          ? "names use A–Z, 0–9 and _, and do not start with a digit."
          : Object.hasOwn(env, name)
            ? `${name} is set twice.`
            : line.length > 2_000
              ? "use at most 2000 characters."
              : undefined;
    if (problem) {
      context.addIssue({ code: "custom", message: `Line ${index + 1}: ${problem}` });
      return z.NEVER;
    }
    env[name] = line.slice(equals + 1).trim();
  }
  return env;
});

const argumentLines = (what: string) =>
  linesText
    .default("")
    .transform(linesOf)
    .pipe(
      z
        .array(z.string().max(2_000, { error: `Use at most 2000 characters per ${what}.` }))
        .max(50, { error: `Use at most 50 ${what}s.` }),
    );

/** What the profile form does with the stored API key. */
export type ApiKeyChange = "keep" | "remove" | { set: string };

/**
 * The agent profile form: arguments one per line, environment as `KEY=value` lines, and for the
 * real CLIs an API key (empty keeps the stored one) or "remove the key". The key is not part of
 * the profile: it comes out apart, as `apiKey`.
 */
export const agentProfileFormSchema = agentProfileSchema
  .extend({
    args: argumentLines("argument"),
    extraArgs: argumentLines("extra argument"),
    apiBaseUrl: z.string().trim().default("").pipe(agentProfileSchema.shape.apiBaseUrl.unwrap()),
    env: envLines,
    apiKey: z
      .string()
      .trim()
      .max(4_000, { error: "Use at most 4000 characters." })
      .regex(/^[\x21-\x7E]*$/, {
        error: "An API key is letters, digits and punctuation, without spaces.",
      })
      .default(""),
    removeApiKey: z
      .string()
      .default("")
      .transform((value) => value === "on"),
  })
  .refine((profile) => profile.kind !== "generic" || profile.command, {
    path: ["command"],
    error: "A claude-code or generic profile needs a command.",
  })
  .refine((profile) => !(profile.apiKey && profile.removeApiKey), {
    path: ["apiKey"],
    error: "Enter a new key or remove the key, not both.",
  })
  .transform(({ apiKey, removeApiKey, ...profile }) => {
    const change: ApiKeyChange = !isCliAgentKind(profile.kind)
      ? "keep"
      : removeApiKey
        ? "remove"
        : apiKey
          ? { set: apiKey }
          : "keep";
    return { profile, apiKey: change };
  });

export const profileIdFormSchema = z.object({
  profileId: z.string().trim().min(1, { error: "Choose a profile." }).max(40),
});

const emptyAsNull = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? null : value;

/** The mission defaults form: an empty budget means no budget. */
export const missionDefaultsFormSchema = missionDefaultsSchema.extend({
  budgetUsd: z.preprocess(emptyAsNull, missionDefaultsSchema.shape.budgetUsd),
});

/** The approval timeout form asks for minutes; the setting holds seconds. */
export const approvalTimeoutFormSchema = z
  .object({ minutes: wholeNumber("minutes", 1, 43_200) })
  .transform(({ minutes }) => ({ seconds: minutes * 60 }));

/** One folder per line, each named in its own error; a repeated folder is kept once. */
export const allowedRootsFormSchema = z.object({
  roots: linesText
    .transform((text, context) => {
      const roots = new Set<string>();
      for (const line of linesOf(text)) {
        const root = absolutePathSchema.safeParse(line);
        if (!root.success) {
          const shown = line.length > 60 ? `${line.slice(0, 60)}…` : line;
          context.addIssue({
            code: "custom",
            message: `“${shown}”: ${root.error.issues[0].message}`,
          });
          return z.NEVER;
        }
        roots.add(root.data);
      }
      return [...roots];
    })
    .pipe(allowedRootsSchema),
});

const SETTING_KEY = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

const settingKeySchema = z
  .string()
  .trim()
  .min(1, { error: "Enter a key." })
  .max(100, { error: "Use at most 100 characters." })
  .regex(SETTING_KEY, {
    error:
      "Use letters, digits, dots, dashes, underscores or colons, starting with a letter or digit.",
  });

const MAX_JSON_TEXT = 100_000;

/** JSON text, parsed. JSON `null` is refused: a setting with no value is better left out. */
const settingJsonSchema = z
  .string()
  .trim()
  .min(1, { error: 'Enter a JSON value, for example "text", 42, true, [1, 2] or {"a": 1}.' })
  .max(MAX_JSON_TEXT, { error: `Use at most ${MAX_JSON_TEXT} characters.` })
  .transform((text, context) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      context.addIssue({
        code: "custom",
        message: `This is not valid JSON: ${(error as Error).message}`,
      });
      return z.NEVER;
    }
    if (value === null) {
      context.addIssue({ code: "custom", message: "Use a value other than null." });
      return z.NEVER;
    }
    return value as NonNullable<unknown>;
  });

export const rawSettingFormSchema = z.object({
  key: z.string().trim().min(1, { error: "Enter a key." }).max(100),
  value: settingJsonSchema,
  description: z.string().trim().max(500, { error: "Use at most 500 characters." }),
});
export type RawSettingInput = z.infer<typeof rawSettingFormSchema>;

export const newRawSettingFormSchema = rawSettingFormSchema.extend({ key: settingKeySchema });
