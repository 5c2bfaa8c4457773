import { SqlPanel } from "@/components/sql-templates/sql-panel";
import { generateAddKnowledgeSql } from "@/lib/services/sql-templates/add-knowledge-sql";

export function AddKnowledgeSqlPanel({
  title = "",
  category = "",
}: {
  title?: string;
  category?: string;
}) {
  return (
    <SqlPanel
      title="SQL to share knowledge"
      sql={generateAddKnowledgeSql(title, category)}
      testId="add-knowledge-sql"
    >
      What an agent runs to add a pattern or gotcha to the shared knowledge. Replace each TODO.
    </SqlPanel>
  );
}
