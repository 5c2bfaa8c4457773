import { z } from "zod";
import { defineTool } from "@/lib/mcp/define-tool";
import { requireProject } from "@/lib/mcp/tools/require-project";
import { createFeedback } from "@/lib/services/feedback/create-feedback";
import { parseMissionInput } from "@/lib/services/missions/parse-mission-input";
import { FEEDBACK_TYPES, newFeedbackSchema } from "@/lib/validation/feedback";

export const createFeedbackTool = defineTool({
  name: "create_feedback",
  description: "Files a bug, change, design note or question on a project.",
  role: "operator",
  input: {
    project: z.string().trim().min(1).max(200).describe("The project's name or id."),
    type: z.enum(FEEDBACK_TYPES),
    title: z.string().trim().min(1).max(200),
    description: z.string().max(10_000).default(""),
    priority: z.int().min(1).max(5).default(3),
  },
  run: async (actor, { project: name, ...feedback }) => {
    const project = await requireProject(name);
    const input = parseMissionInput(newFeedbackSchema, { ...feedback, projectId: project.id });
    const created = await createFeedback(actor, input);
    return { id: created.id, project: project.name, status: "new" };
  },
});
