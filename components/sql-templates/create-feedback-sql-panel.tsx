import { SqlPanel } from "@/components/sql-templates/sql-panel";
import { generateCreateFeedbackSql } from "@/lib/services/sql-templates/create-feedback-sql";
import { FEEDBACK_TYPES } from "@/lib/validation/feedback";

/** Nothing without a project: the INSERT needs the project's id. */
export function CreateFeedbackSqlPanel({
  projectId,
  feedbackType,
}: {
  projectId: string | null;
  feedbackType: string | null;
}) {
  if (!projectId) return null;
  const type = FEEDBACK_TYPES.find((known) => known === feedbackType) ?? "bug";
  return (
    <SqlPanel
      title="SQL to file feedback on this project"
      sql={generateCreateFeedbackSql(projectId, type)}
      testId="create-feedback-sql"
    >
      What an agent runs to file {type} feedback on this project. Replace each TODO.
    </SqlPanel>
  );
}
