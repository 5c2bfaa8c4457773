import {
  quoteLiteral,
  quoteTextArray,
  quoteUuid,
} from "@/lib/services/sql-templates/quote-literal";

export type SessionEndValues = {
  sessionId: string;
  summary: string | null;
  tasks: readonly string[] | null;
  learnings: readonly string[] | null;
  challenges: readonly string[] | null;
};

/** Stands in for a value the session does not have yet, for the agent to replace. */
const todo = (what: string) => `TODO: ${what}`;

const listOr = (values: readonly string[] | null, placeholder: string) =>
  quoteTextArray(values?.length ? values : [todo(placeholder)]);

/** The UPDATE an agent runs to close its session, pre-filled with what the session holds. */
export function generateSessionEndSql(session: SessionEndValues): string {
  return [
    "UPDATE claude_family.session_history",
    "   SET session_end = NOW(),",
    `       session_summary = ${quoteLiteral(session.summary || todo("summary"))},`,
    `       tasks_completed = ${listOr(session.tasks, "task completed")},`,
    `       learnings_gained = ${listOr(session.learnings, "learning")},`,
    `       challenges_encountered = ${listOr(session.challenges, "challenge")}`,
    ` WHERE session_id = ${quoteUuid(session.sessionId)};`,
  ].join("\n");
}
