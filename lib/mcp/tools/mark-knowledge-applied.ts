import { z } from "zod";
import { defineTool } from "@/lib/mcp/define-tool";
import { applyKnowledge } from "@/lib/services/knowledge/apply-knowledge";

export const markKnowledgeAppliedTool = defineTool({
  name: "mark_knowledge_applied",
  description: "Counts one more use of a knowledge entry; returns the new count.",
  role: "operator",
  input: { knowledgeId: z.uuid() },
  run: async (actor, { knowledgeId }) => ({
    knowledgeId,
    timesApplied: await applyKnowledge(actor, knowledgeId),
  }),
});
