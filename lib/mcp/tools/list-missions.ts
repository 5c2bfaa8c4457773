import { z } from "zod";
import { listMissions } from "@/lib/data/missions/list-missions";
import { defineTool } from "@/lib/mcp/define-tool";

export const listMissionsTool = defineTool({
  name: "list_missions",
  description: "Missions newest first, 25 a page, with their project, status and unit progress.",
  role: "viewer",
  input: { page: z.int().min(1).max(100_000).default(1) },
  run: async (_actor, { page }) => listMissions(page),
});
