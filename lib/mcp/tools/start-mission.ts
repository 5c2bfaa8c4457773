import { z } from "zod";
import { defineTool } from "@/lib/mcp/define-tool";
import { requireProject } from "@/lib/mcp/tools/require-project";
import { createMission } from "@/lib/services/missions/create-mission";
import { newMissionDefaults } from "@/lib/services/missions/new-mission-defaults";
import { FIXUP_POLICIES, TOOL_REFUSED_POLICIES } from "@/lib/validation/missions";
import { APPROVAL_POLICIES } from "@/lib/validation/settings";

export const startMissionTool = defineTool({
  name: "start_mission",
  description:
    "Starts a mission on a project. What is left out comes from the mission defaults in Settings.",
  role: "operator",
  input: {
    project: z.string().trim().min(1).max(200).describe("The project's name or id."),
    objective: z.string().trim().min(1).max(4_000),
    workers: z.int().optional(),
    maxRounds: z.int().optional(),
    wallTimeMinutes: z.int().optional(),
    budgetUsd: z.number().optional(),
    agentProfileId: z.string().max(40).optional(),
    approvalPolicy: z.enum(APPROVAL_POLICIES).optional(),
    fixupPolicy: z.enum(FIXUP_POLICIES).optional(),
    toolRefusedPolicy: z.enum(TOOL_REFUSED_POLICIES).optional(),
    chain: z.boolean().optional(),
    largeMergeLines: z.int().optional(),
    mergeBatchSize: z
      .int()
      .optional()
      .describe("The merge train's largest batch (1 verifies every unit alone)."),
  },
  run: async (actor, { project: name, ...given }) => {
    const project = await requireProject(name);
    const chosen = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    const id = await createMission(actor, {
      ...(await newMissionDefaults()),
      ...chosen,
      projectId: project.id,
    });
    return { id, status: "queued", url: `/missions/${id}` };
  },
});
