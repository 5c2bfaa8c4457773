import { quoteLiteral, quoteUuid } from "@/lib/services/sql-templates/quote-literal";
import { FEEDBACK_TYPES } from "@/lib/validation/feedback";

/** The INSERT an agent runs to file feedback on a project; TODO values are for it to replace. */
export function generateCreateFeedbackSql(projectId: string, feedbackType: string): string {
  if (!(FEEDBACK_TYPES as readonly string[]).includes(feedbackType))
    throw new Error(`Unknown feedback type: ${JSON.stringify(feedbackType)}`);
  return [
    "-- feedback_type: bug | change | design | question; priority: 1 (highest) to 5.",
    "INSERT INTO claude_pm.project_feedback",
    "  (project_id, feedback_type, title, description, status, priority, reported_by, created_at, updated_at)",
    "VALUES",
    `  (${quoteUuid(projectId)}, ${quoteLiteral(feedbackType)}, 'TODO: title', 'TODO: description', 'new', 3,`,
    "   'TODO: your identity name', NOW(), NOW())",
    "RETURNING feedback_id;",
  ].join("\n");
}
