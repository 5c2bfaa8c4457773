import { z } from "zod";
import { APPROVAL_POLICIES } from "@/lib/validation/settings";

export const MISSION_STATUSES = [
  "queued",
  "running",
  "awaiting_approval",
  "succeeded",
  "failed",
  "cancelled",
] as const;
export type MissionStatus = (typeof MISSION_STATUSES)[number];
export const FINISHED_MISSION_STATUSES: readonly string[] = ["succeeded", "failed", "cancelled"];

export const UNIT_STATUSES = [
  "pending",
  "running",
  "completed",
  "failed",
  "blocked",
  "merged",
  "conflicted",
  "reverted",
  "cancelled",
] as const;
/** A unit is done once its fate is settled; `completed` still waits for its merge. */
export const UNIT_DONE_STATUSES: readonly string[] = [
  "merged",
  "failed",
  "blocked",
  "conflicted",
  "reverted",
  "cancelled",
];

export const FIXUP_POLICIES = ["revert", "fixup"] as const;
/** When an agent is refused a tool: end the unit with the tool named, or ask a person to allow it. */
export const TOOL_REFUSED_POLICIES = ["fail", "ask"] as const;
export type FixupPolicy = (typeof FIXUP_POLICIES)[number];

export const APPROVAL_DECISIONS = ["approved", "rejected"] as const;
export type ApprovalDecisionInput = z.infer<typeof approvalDecisionInputSchema>;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/** The limits a mission is created within (the `missions.defaults` setting may allow more). */
export const MISSION_LIMITS = {
  workers: { min: 1, max: 8 },
  maxRounds: { min: 1, max: 20 },
  wallTimeMinutes: { min: 1, max: 1_440 },
  largeMergeLines: { min: 1, max: 100_000 },
  mergeBatchSize: { min: 1, max: 32 },
} as const;

/** The merge train's largest batch when a mission does not say (1 verifies every unit alone). */
export const DEFAULT_MERGE_BATCH_SIZE = 8;

/** What a service accepts before it parses: the schema's fields, each of any type (form text too). */
export type UnparsedInput<Schema extends z.ZodObject> = {
  [Field in keyof z.input<Schema>]?: unknown;
};

const emptyAsUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

const checkbox = z.preprocess(
  (value) => value === "on" || value === "true" || value === true,
  z.boolean(),
);

const wholeNumber = (unit: string, { min, max }: { min: number; max: number }) =>
  z.coerce
    .number({ error: `Enter a number of ${unit}.` })
    .int({ error: `Enter a whole number of ${unit}.` })
    .min(min, { error: `Use ${min} to ${max} ${unit}.` })
    .max(max, { error: `Use ${min} to ${max} ${unit}.` });

/** Why `name` is not a valid git ref name (`git check-ref-format` rules), or undefined. */
export function refNameProblem(name: string): string | undefined {
  if (!name) return "Enter a branch name.";
  if (/\s/.test(name)) return "Use no spaces.";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what git refuses.
  if (/[\u0000-\u001f\u007f]/.test(name)) return "Use no control characters.";
  if (/[~^:?*[\\]/.test(name)) return "Use none of ~ ^ : ? * [ \\.";
  if (name.startsWith("-")) return "Do not start with -.";
  if (name.includes("..")) return "Use no '..'.";
  if (name.includes("@{") || name === "@") return "Use no '@{' and not '@' alone.";
  if (name.startsWith("/") || name.endsWith("/") || name.includes("//"))
    return "Use no empty path parts (no leading, trailing or double /).";
  if (name.endsWith(".")) return "Do not end with a dot.";
  if (name.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock")))
    return "No part may start with a dot or end with .lock.";
  return undefined;
}

const refName = (label: string) =>
  z
    .string()
    .trim()
    .max(200, { error: "Use at most 200 characters." })
    .superRefine((value, context) => {
      const problem = refNameProblem(value);
      if (problem) context.addIssue({ code: "custom", message: `${label}: ${problem}` });
    });

/**
 * One command line split into arguments on whitespace; "double quotes" keep spaces, and inside
 * them \" and \\ stand for " and \. Never run through a shell.
 */
export function splitCommandLine(line: string): { args: string[] } | { error: string } {
  if (/[\r\n]/.test(line)) return { error: "Write the command on one line." };
  const args: string[] = [];
  let current: string | undefined;
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted) {
      if (char === "\\" && (line[index + 1] === '"' || line[index + 1] === "\\")) {
        current += line[++index];
      } else if (char === '"') {
        quoted = false;
      } else {
        current += char;
      }
    } else if (char === '"') {
      quoted = true;
      current ??= "";
    } else if (/\s/.test(char)) {
      if (current !== undefined) args.push(current);
      current = undefined;
    } else {
      current = (current ?? "") + char;
    }
  }
  if (quoted) return { error: "Close the double quote." };
  if (current !== undefined) args.push(current);
  return { args };
}

/** The arguments written back as a line that `splitCommandLine` reads as the same arguments. */
export function joinCommandLine(args: readonly string[]): string {
  return args
    .map((arg) =>
      arg === "" || /[\s"\\]/.test(arg) ? `"${arg.replace(/[\\"]/g, (c) => `\\${c}`)}"` : arg,
    )
    .join(" ");
}

const commandLine = z
  .string()
  .max(2_000, { error: "Use at most 2000 characters." })
  .transform((line, context) => {
    const split = splitCommandLine(line.trim());
    if ("error" in split) {
      context.addIssue({ code: "custom", message: split.error });
      return z.NEVER;
    }
    return split.args;
  })
  .pipe(z.array(z.string()).max(100, { error: "Use at most 100 arguments." }));

/** Accepts https, http, ssh, git and file URLs and scp-style `user@host:path`. */
const CLONE_URL = /^(?:(?:https?|ssh|git|file):\/\/\S+|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:\S+)$/;

const REMOTE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The project's mission settings form. An empty agent profile means the default profile. */
export const missionSettingsInputSchema = z.object({
  cloneUrl: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .max(1_000, { error: "Use at most 1000 characters." })
      .regex(CLONE_URL, {
        error: "Use an https://, ssh://, git:// or file:// URL, or user@host:path.",
      })
      .optional(),
  ),
  baseBranch: refName("Base branch"),
  greenBranch: z.preprocess(
    (value) => emptyAsUndefined(value) ?? "mc/green",
    refName("Green branch"),
  ),
  verifyCommand: commandLine,
  agentProfileId: z.preprocess(
    emptyAsUndefined,
    z.string().trim().max(40, { error: "Choose a profile." }).optional(),
  ),
  defaultWorkers: wholeNumber("workers", MISSION_LIMITS.workers),
  pushRemote: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .max(200, { error: "Use at most 200 characters." })
      .regex(REMOTE_NAME, {
        error: "Use a remote name: letters, digits, dots, dashes or underscores.",
      })
      .optional(),
  ),
});
export type MissionSettingsInput = z.infer<typeof missionSettingsInputSchema>;

/** A new mission. An empty agent profile means the project's profile, else the default one. */
export const newMissionSchema = z.object({
  projectId: z.uuid({ error: "Choose a project." }),
  objective: z
    .string()
    .trim()
    .min(1, { error: "Describe the objective." })
    .max(4_000, { error: "Use at most 4000 characters." }),
  workers: wholeNumber("workers", MISSION_LIMITS.workers),
  maxRounds: wholeNumber("rounds", MISSION_LIMITS.maxRounds),
  wallTimeMinutes: wholeNumber("minutes", MISSION_LIMITS.wallTimeMinutes),
  budgetUsd: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "Enter an amount in US dollars." })
      .min(0, { error: "Use an amount of 0 or more." })
      .max(100_000, { error: "Use at most 100000 US dollars." })
      .optional(),
  ),
  agentProfileId: z.preprocess(
    emptyAsUndefined,
    z.string().trim().max(40, { error: "Choose a profile." }).optional(),
  ),
  approvalPolicy: z.enum(APPROVAL_POLICIES, { error: "Choose always, large-merges or never." }),
  fixupPolicy: z.enum(FIXUP_POLICIES, { error: "Choose revert or fixup." }),
  toolRefusedPolicy: z
    .enum(TOOL_REFUSED_POLICIES, { error: "Choose fail or ask." })
    .default("fail"),
  chain: checkbox,
  largeMergeLines: wholeNumber("lines", MISSION_LIMITS.largeMergeLines),
  mergeBatchSize: z.preprocess(
    (value) => emptyAsUndefined(value) ?? DEFAULT_MERGE_BATCH_SIZE,
    wholeNumber("units", MISSION_LIMITS.mergeBatchSize),
  ),
});
export type NewMissionInput = z.infer<typeof newMissionSchema>;

export const missionIdSchema = z.uuid({ error: "Unknown mission." });
export const unitIdSchema = z.uuid({ error: "Unknown unit." });

export const approvalDecisionInputSchema = z.object({
  approvalId: z.uuid({ error: "Unknown approval." }),
  decision: z.enum(APPROVAL_DECISIONS, { error: "Approve or reject." }),
  /** Only for a budget approval: the raised budget the mission goes on with. */
  budgetUsd: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "Enter an amount in US dollars." })
      .positive({ error: "Enter an amount above 0." })
      .max(100_000, { error: "Use at most 100000 US dollars." })
      .optional(),
  ),
});

export const missionListQuerySchema = z.object({
  page: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});

export const missionViewQuerySchema = z.object({
  tail: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(50).default(0)),
});

export const unitOutputQuerySchema = z.object({
  after: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(0).max(2_147_483_647).default(0),
  ),
});
