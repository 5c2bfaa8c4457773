import { SqlPanel } from "@/components/sql-templates/sql-panel";
import {
  generateSessionEndSql,
  type SessionEndValues,
} from "@/lib/services/sql-templates/session-end-sql";

export function SessionEndSqlPanel({
  session,
  open,
}: {
  session: SessionEndValues;
  open: boolean;
}) {
  return (
    <SqlPanel
      title="Generate session-end SQL"
      sql={generateSessionEndSql(session)}
      testId="session-end-sql"
    >
      {open
        ? "What the agent runs to close this session, with the values it holds so far. Replace each TODO; a list may also be left empty as ARRAY[]::text[]."
        : "This session is closed: running this again would move its end to now."}
    </SqlPanel>
  );
}
