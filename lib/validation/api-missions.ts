import { z } from "zod";
import { FIXUP_POLICIES, TOOL_REFUSED_POLICIES } from "@/lib/validation/missions";
import { APPROVAL_POLICIES } from "@/lib/validation/settings";

/**
 * The JSON body of `POST /api/v1/missions`. Only the project and the objective are required; the
 * rest falls back to the mission defaults, and `createMission` checks the limits.
 */
export const apiNewMissionSchema = z.strictObject({
  projectId: z.uuid({ error: "Give the project's id." }),
  objective: z.string().trim().min(1, { error: "Describe the objective." }),
  workers: z.int().optional(),
  maxRounds: z.int().optional(),
  wallTimeMinutes: z.int().optional(),
  budgetUsd: z.number().nullable().optional(),
  agentProfileId: z.string().optional(),
  approvalPolicy: z.enum(APPROVAL_POLICIES).optional(),
  fixupPolicy: z.enum(FIXUP_POLICIES).optional(),
  toolRefusedPolicy: z.enum(TOOL_REFUSED_POLICIES).optional(),
  chain: z.boolean().optional(),
  largeMergeLines: z.int().optional(),
  mergeBatchSize: z.int().optional(),
});
