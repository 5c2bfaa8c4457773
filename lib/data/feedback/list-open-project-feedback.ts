import { getDb } from "@/lib/db";

/** A project's open feedback in the agents' order: bug, change, design, question, then newest. */
export function listOpenProjectFeedback(projectId: string, take = 10) {
  return getDb().$queryRaw<
    {
      id: string;
      type: string | null;
      title: string;
      priority: number | null;
      status: string | null;
    }[]
  >`
    SELECT feedback_id AS id, feedback_type AS type, title, priority, status
      FROM claude_pm.project_feedback
     WHERE project_id = ${projectId}::uuid
       AND (status IS NULL OR status NOT IN ('resolved', 'wont_fix'))
     ORDER BY array_position(ARRAY['bug', 'change', 'design', 'question']::varchar[], feedback_type) NULLS LAST,
              created_at DESC NULLS LAST
     LIMIT ${take}`;
}
