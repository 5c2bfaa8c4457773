import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FeedbackFilters } from "@/lib/validation/feedback";

export const FEEDBACK_PAGE_SIZE = 25;

export type FeedbackListItem = {
  feedback_id: string;
  title: string;
  feedback_type: string | null;
  status: string | null;
  priority: number | null;
  reported_by: string | null;
  created_at: Date | null;
  project_id: string | null;
  project_name: string | null;
  comment_count: number;
};

function whereClause(filters: FeedbackFilters) {
  const conditions: Prisma.Sql[] = [];
  if (filters.project) conditions.push(Prisma.sql`f.project_id = ${filters.project}::uuid`);
  if (filters.type) conditions.push(Prisma.sql`f.feedback_type = ${filters.type}`);
  if (filters.status === "open")
    conditions.push(Prisma.sql`COALESCE(f.status, 'new') IN ('new', 'in_progress')`);
  else if (filters.status)
    conditions.push(Prisma.sql`COALESCE(f.status, 'new') = ${filters.status}`);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** One page of feedback, ordered as agents read it: bug, change, design, question, then newest. */
export async function listFeedback(filters: FeedbackFilters) {
  const where = whereClause(filters);
  const offset = (filters.page - 1) * FEEDBACK_PAGE_SIZE;
  const [items, [{ total } = { total: 0 }]] = await Promise.all([
    getDb().$queryRaw<FeedbackListItem[]>`
      SELECT f.feedback_id, f.title, f.feedback_type, f.status, f.priority, f.reported_by, f.created_at,
             f.project_id, p.project_name,
             (SELECT count(*)::int FROM claude_pm.project_feedback_comments c WHERE c.feedback_id = f.feedback_id) AS comment_count
        FROM claude_pm.project_feedback f
        LEFT JOIN claude_family.project_workspaces p ON p.project_id = f.project_id
        ${where}
       ORDER BY CASE f.feedback_type WHEN 'bug' THEN 0 WHEN 'change' THEN 1 WHEN 'design' THEN 2 WHEN 'question' THEN 3 ELSE 4 END,
                f.created_at DESC NULLS LAST, f.feedback_id
       LIMIT ${FEEDBACK_PAGE_SIZE} OFFSET ${offset}`,
    getDb().$queryRaw<
      { total: number }[]
    >`SELECT count(*)::int AS total FROM claude_pm.project_feedback f ${where}`,
  ]);
  return {
    items,
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / FEEDBACK_PAGE_SIZE)),
  };
}
