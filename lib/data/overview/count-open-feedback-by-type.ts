import { getDb } from "@/lib/db";

/** Open feedback per type, in the agents' order: bug, change, design, question, then the rest. */
export function countOpenFeedbackByType() {
  return getDb().$queryRaw<{ type: string | null; count: number }[]>`
    SELECT feedback_type AS type, count(*)::int AS count
      FROM claude_pm.project_feedback
     WHERE status IS NULL OR status NOT IN ('resolved', 'wont_fix')
     GROUP BY feedback_type
     ORDER BY array_position(ARRAY['bug', 'change', 'design', 'question']::varchar[], feedback_type) NULLS LAST,
              feedback_type`;
}
