import { z } from "zod";
import { searchKnowledge } from "@/lib/data/knowledge/search-knowledge";
import { defineTool } from "@/lib/mcp/define-tool";
import { KNOWLEDGE_TYPES } from "@/lib/validation/knowledge";

export const searchKnowledgeTool = defineTool({
  name: "search_knowledge",
  description:
    "Full-text search of the shared knowledge (best match first), optionally by type or category.",
  role: "viewer",
  input: {
    query: z.string().trim().max(200).optional(),
    type: z.enum(KNOWLEDGE_TYPES).optional(),
    category: z.string().trim().max(100).optional(),
    page: z.int().min(1).max(100_000).default(1),
  },
  run: async (_actor, { query, type, category, page }) =>
    searchKnowledge({ q: query || undefined, type, category: category || undefined, page }),
});
