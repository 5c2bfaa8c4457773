import { z } from "zod";
import { defineTool } from "@/lib/mcp/define-tool";
import { addFeedbackComment } from "@/lib/services/feedback/add-feedback-comment";

export const commentFeedbackTool = defineTool({
  name: "comment_feedback",
  description: "Adds a comment to a feedback item.",
  role: "operator",
  input: { feedbackId: z.uuid(), text: z.string().trim().min(1).max(5_000) },
  run: async (actor, { feedbackId, text }) => addFeedbackComment(actor, feedbackId, text),
});
