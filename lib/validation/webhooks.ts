import { z } from "zod";
import { APPROVAL_POLICIES } from "@/lib/validation/settings";

/** The largest webhook body read; a larger one is refused before it is parsed. */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;
/** How much of a rejected request's body the delivery log keeps. */
export const REJECTED_BODY_LIMIT = 2 * 1024;
export const DEFAULT_MISSION_LABEL = "mission";

const emptyAsUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

/** What the generic signed webhook takes: the project (name or id) and the objective. */
export const standardMissionWebhookSchema = z.object({
  project: z.string().trim().min(1, { error: "Name the project (name or id)." }).max(200),
  objective: z
    .string()
    .trim()
    .min(1, { error: "Describe the objective." })
    .max(4_000, { error: "Use at most 4000 characters." }),
  workers: z.number().int().min(1).max(8).optional(),
  maxRounds: z.number().int().min(1).max(20).optional(),
  wallTimeMinutes: z.number().int().min(1).max(1_440).optional(),
  budgetUsd: z.number().min(0).max(100_000).nullable().optional(),
  approvalPolicy: z.enum(APPROVAL_POLICIES).optional(),
  agentProfileId: z.string().trim().min(1).max(40).optional(),
});
export type StandardMissionWebhook = z.infer<typeof standardMissionWebhookSchema>;

/** The parts of a GitHub payload the webhook reads. */
const githubRepositorySchema = z.object({
  full_name: z.string().min(1),
  clone_url: z.string().optional(),
  html_url: z.string().optional(),
  ssh_url: z.string().optional(),
  git_url: z.string().optional(),
});
export const githubPayloadSchema = z.object({
  action: z.string().optional(),
  repository: githubRepositorySchema.optional(),
  label: z.object({ name: z.string() }).nullish(),
  issue: z
    .object({
      number: z.number().int(),
      title: z.string(),
      body: z.string().nullish(),
      labels: z.array(z.object({ name: z.string() })).nullish(),
    })
    .optional(),
  comment: z
    .object({ body: z.string().nullish(), author_association: z.string().optional() })
    .optional(),
  zen: z.string().optional(),
});
export type GithubPayload = z.infer<typeof githubPayloadSchema>;

/** The issue a mission came from, kept on its delivery for the comments back. */
export const githubIssueRefSchema = z.object({
  owner: z.string(),
  repo: z.string(),
  number: z.number().int(),
});
export type GithubIssueRef = z.infer<typeof githubIssueRefSchema>;

/** App settings an admin may add in Settings (raw JSON): a global GitHub secret and label. */
export const globalMissionLabelSchema = z.string().trim().min(1).max(100);

/** A project's GitHub webhook form. An empty token keeps the stored one unless cleared. */
export const githubWebhookSettingsSchema = z.object({
  projectId: z.uuid({ error: "Unknown project." }),
  githubRepository: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .max(200, { error: "Use at most 200 characters." })
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, { error: "Write it as owner/name." })
      .optional(),
  ),
  missionLabel: z.preprocess(
    emptyAsUndefined,
    z.string().trim().max(100, { error: "Use at most 100 characters." }).optional(),
  ),
  githubApiUrl: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, error: "Use an http:// or https:// URL." })
      .max(1_000)
      .optional(),
  ),
  githubToken: z.preprocess(
    emptyAsUndefined,
    z.string().trim().max(500, { error: "Use at most 500 characters." }).optional(),
  ),
  clearToken: z.preprocess((value) => value === "on" || value === true, z.boolean()),
});

export const webhookSecretKindSchema = z.enum(["github", "standard"], {
  error: "Choose the GitHub or the signed-webhook secret.",
});
export const regenerateWebhookSecretSchema = z.object({
  projectId: z.uuid({ error: "Unknown project." }),
  kind: webhookSecretKindSchema,
});
export const replayWebhookDeliverySchema = z.object({
  deliveryId: z.uuid({ error: "Unknown delivery." }),
});
