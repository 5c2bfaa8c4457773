import { z } from "zod";
import { defineTool } from "@/lib/mcp/define-tool";
import { createKnowledge } from "@/lib/services/knowledge/create-knowledge";
import { parseMissionInput } from "@/lib/services/missions/parse-mission-input";
import { KNOWLEDGE_TYPES, knowledgeInputSchema } from "@/lib/validation/knowledge";

export const addKnowledgeTool = defineTool({
  name: "add_knowledge",
  description: "Adds a pattern, technique, gotcha or best practice to the shared knowledge.",
  role: "operator",
  input: {
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().min(1).max(10_000),
    type: z.enum(KNOWLEDGE_TYPES),
    category: z.string().trim().min(1).max(100),
    confidence: z.int().min(1).max(10),
    createdByIdentityId: z.uuid().optional().describe("The identity that learned it."),
  },
  run: async (actor, args) => {
    const created = await createKnowledge(actor, parseMissionInput(knowledgeInputSchema, args));
    return { id: created.id, title: args.title };
  },
});
