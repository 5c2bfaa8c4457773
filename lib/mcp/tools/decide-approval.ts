import { z } from "zod";
import { defineTool } from "@/lib/mcp/define-tool";
import { decideApproval } from "@/lib/services/missions/decide-approval";
import { APPROVAL_DECISIONS } from "@/lib/validation/missions";

export const decideApprovalTool = defineTool({
  name: "decide_approval",
  description:
    "Approves or rejects a mission's pending approval. Approving a budget approval needs budgetUsd above what the mission spent.",
  role: "operator",
  input: {
    approvalId: z.uuid(),
    decision: z.enum(APPROVAL_DECISIONS),
    budgetUsd: z.number().positive().optional(),
  },
  run: async (actor, { approvalId, decision, budgetUsd }) =>
    decideApproval(actor, approvalId, decision, budgetUsd),
});
