import { z } from "zod";
import { defineTool } from "@/lib/mcp/define-tool";
import { changeFeedbackStatus } from "@/lib/services/feedback/change-feedback-status";
import { FEEDBACK_STATUSES } from "@/lib/validation/feedback";

export const updateFeedbackStatusTool = defineTool({
  name: "update_feedback_status",
  description: "Moves a feedback item to new, in_progress, resolved or wont_fix.",
  role: "operator",
  input: { feedbackId: z.uuid(), status: z.enum(FEEDBACK_STATUSES) },
  run: async (actor, { feedbackId, status }) => changeFeedbackStatus(actor, feedbackId, status),
});
