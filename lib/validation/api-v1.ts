import { z } from "zod";
import { FEEDBACK_STATUSES } from "@/lib/validation/feedback";
import { APPROVAL_DECISIONS } from "@/lib/validation/missions";

/**
 * The bodies and answers of `/api/v1/*` that no form shares. The OpenAPI document is generated
 * from these and from the form schemas the routes reuse, so the two cannot drift apart.
 */
export const apiApprovalDecisionSchema = z.strictObject({
  decision: z.enum(APPROVAL_DECISIONS, { error: "Approve or reject." }),
  /** Only for a budget approval: the raised budget the mission goes on with. */
  budgetUsd: z
    .number({ error: "Enter an amount in US dollars." })
    .positive({ error: "Enter an amount above 0." })
    .max(100_000, { error: "Use at most 100000 US dollars." })
    .optional(),
});

const isoDate = z.iso.datetime({ offset: true });
const nullableDate = isoDate.nullable();

export const apiErrorSchema = z.object({
  error: z.string(),
  field: z.string().optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

const page = { total: z.int(), page: z.int(), pageCount: z.int() };

export const apiProjectListSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string() })),
});

export const apiMissionListSchema = z.object({
  items: z.array(
    z.object({
      mission_id: z.uuid(),
      objective: z.string(),
      status: z.string(),
      project_name: z.string(),
      cost_usd: z.number(),
      budget_usd: z.number().nullable(),
      created_at: isoDate,
      finished_at: nullableDate,
      cancel_requested_at: nullableDate,
      units_total: z.int(),
      units_done: z.int(),
      units_merged: z.int(),
      pending_approvals: z.int(),
    }),
  ),
  ...page,
});

export const apiMissionCreatedSchema = z.object({ id: z.uuid(), url: z.string() });

/** The mission page's view; only its main fields are described, the rest pass through. */
export const apiMissionViewSchema = z.looseObject({
  mission: z.looseObject({
    id: z.uuid(),
    objective: z.string(),
    status: z.string(),
    finished: z.boolean(),
    projectName: z.string(),
    costUsd: z.number(),
    budgetUsd: z.number().nullable(),
    stopReason: z.string().nullable(),
    resultSummary: z.string().nullable(),
    createdAt: isoDate,
    finishedAt: nullableDate,
  }),
  progress: z.object({ total: z.int(), done: z.int(), merged: z.int(), running: z.int() }),
  usage: z.looseObject({}),
  units: z.array(
    z.looseObject({
      id: z.uuid(),
      roundNumber: z.int(),
      key: z.string(),
      title: z.string(),
      status: z.string(),
      reason: z.string().nullable(),
      costUsd: z.number(),
    }),
  ),
  approvals: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      status: z.string(),
      summary: z.string(),
      requestedAt: isoDate,
      timeoutAt: isoDate,
      expired: z.boolean(),
      decidedAt: nullableDate,
      decidedBy: z.string().nullable(),
    }),
  ),
});

export const apiCancelRequestedSchema = z.object({
  id: z.uuid(),
  cancelRequested: z.literal(true),
});

export const apiApprovalDecidedSchema = z.object({
  id: z.uuid(),
  decision: z.enum(APPROVAL_DECISIONS),
});

export const apiSessionListSchema = z.object({
  items: z.array(
    z.object({
      session_id: z.uuid(),
      project_name: z.string().nullable(),
      identity_name: z.string().nullable(),
      session_start: nullableDate,
      session_end: nullableDate,
      summary_start: z.string().nullable(),
    }),
  ),
  ...page,
});

export const apiFeedbackCreatedSchema = z.looseObject({
  id: z.uuid(),
  projectId: z.uuid(),
  type: z.string(),
  title: z.string(),
  status: z.string(),
  priority: z.int(),
});

export const apiKnowledgeListSchema = z.object({
  items: z.array(
    z.object({
      knowledge_id: z.uuid(),
      title: z.string(),
      excerpt: z.string().nullable(),
      knowledge_type: z.string(),
      knowledge_category: z.string(),
      confidence_level: z.number().nullable(),
      times_applied: z.number().nullable(),
      last_updated_at: nullableDate,
      created_by: z.string().nullable(),
    }),
  ),
  ...page,
});

export const apiStatusSchema = z.looseObject({
  needsYou: z.array(z.looseObject({ id: z.uuid(), missionId: z.uuid(), kind: z.string() })),
  running: z.array(z.looseObject({ id: z.uuid(), status: z.string() })),
});

export const apiOpenApiDocumentSchema = z.looseObject({ openapi: z.string() });

export const apiFeedbackCommentSchema = z.strictObject({
  text: z
    .string({ error: "Write a comment." })
    .trim()
    .min(1, { error: "Write a comment." })
    .max(5_000, { error: "Use at most 5,000 characters." }),
});

export const apiFeedbackStatusSchema = z.strictObject({
  status: z.enum(FEEDBACK_STATUSES, { error: "Choose new, in_progress, resolved or wont_fix." }),
});

export const apiInboxQuerySchema = z.object({
  identityId: z.uuid({ error: "Give the identity's id." }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export const apiCommentCreatedSchema = z.object({ id: z.uuid(), feedbackId: z.uuid() });

export const apiFeedbackStatusChangedSchema = z.object({
  id: z.uuid(),
  status: z.enum(FEEDBACK_STATUSES),
});

export const apiKnowledgeCreatedSchema = z.object({ id: z.uuid(), title: z.string() });

export const apiKnowledgeAppliedSchema = z.object({ id: z.uuid(), timesApplied: z.int() });

export const apiMessageSentSchema = z.object({ id: z.uuid(), to: z.string() });

export const apiInboxSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      id: z.uuid(),
      messageType: z.string().nullable(),
      messageSubject: z.string().nullable(),
      status: z.string().nullable(),
    }),
  ),
});

const noNul = (value: string) => !value.includes("\u0000");
const entries = (what: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1, { error: `An empty ${what}.` })
        .max(1_000, { error: `A ${what} has at most 1,000 characters.` })
        .refine(noNul, { error: "Remove the NUL character." }),
    )
    .max(100, { error: `At most 100 ${what}s.` })
    .default([]);

/** The seed's session-end fields, as lists (the form takes them one per line). */
export const apiSessionEndSchema = z.strictObject({
  summary: z
    .string({ error: "Write a summary." })
    .trim()
    .min(1, { error: "Write a summary." })
    .max(10_000, { error: "Use at most 10,000 characters." })
    .refine(noNul, { error: "Remove the NUL character." }),
  tasksCompleted: entries("task"),
  learnings: entries("learning"),
  challenges: entries("challenge"),
});

export const apiSessionClosedSchema = z.object({ id: z.uuid(), closed: z.literal(true) });

export const apiProjectContextSchema = z.looseObject({
  project: z.object({ id: z.uuid(), name: z.string(), path: z.string() }),
  markdown: z.string(),
  unclosedSessions: z.array(z.looseObject({})),
  mandatoryProcedures: z.array(z.looseObject({})),
  recentSessions: z.array(z.looseObject({})),
  openFeedback: z.array(z.looseObject({})),
});
