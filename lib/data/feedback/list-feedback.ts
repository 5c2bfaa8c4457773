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

/** Agents' order of the types; anything else (NULL, an unknown type) comes after them. */
const TYPE_ORDER = ["bug", "change", "design", "question"] as const;

function conditionsOf(filters: FeedbackFilters) {
  const conditions: Prisma.Sql[] = [];
  if (filters.project) conditions.push(Prisma.sql`f.project_id = ${filters.project}::uuid`);
  if (filters.type) conditions.push(Prisma.sql`f.feedback_type = ${filters.type}`);
  // A NULL status is new (the column's default); written without COALESCE so that the
  // (status, ...) indexes and the planner's estimates apply.
  if (filters.status === "open")
    conditions.push(Prisma.sql`(f.status IN ('new', 'in_progress') OR f.status IS NULL)`);
  else if (filters.status === "new")
    conditions.push(Prisma.sql`(f.status = 'new' OR f.status IS NULL)`);
  else if (filters.status) conditions.push(Prisma.sql`f.status = ${filters.status}`);
  return conditions;
}

/**
 * Feedback of no known type (NULL, or a type agents made up), as ranges of the type index: the
 * complement of the four known types under any deterministic collation, and unlike `NOT IN` it
 * can use the index.
 */
const OTHER_TYPES = Prisma.sql`(f.feedback_type IS NULL OR f.feedback_type < 'bug'
  OR (f.feedback_type > 'bug' AND f.feedback_type < 'change')
  OR (f.feedback_type > 'change' AND f.feedback_type < 'design')
  OR (f.feedback_type > 'design' AND f.feedback_type < 'question') OR f.feedback_type > 'question')`;

/**
 * One page of feedback, ordered as agents read it: bug, change, design, question, then newest.
 * Sorting every row by that order costs a scan and sort of the whole table on each request
 * (about 60 ms at 100,000 rows), so each type bucket is read newest first along
 * idx_project_feedback_type_created, only as far as the page reaches, and only the page's rows
 * are then read in full.
 */
export async function listFeedback(filters: FeedbackFilters) {
  const conditions = conditionsOf(filters);
  const offset = (filters.page - 1) * FEEDBACK_PAGE_SIZE;
  const reach = offset + FEEDBACK_PAGE_SIZE;
  const buckets = filters.type
    ? [{ rank: TYPE_ORDER.indexOf(filters.type), type: Prisma.empty }]
    : [
        ...TYPE_ORDER.map((type, rank) => ({
          rank,
          type: Prisma.sql`AND f.feedback_type = ${type}`,
        })),
        { rank: TYPE_ORDER.length, type: Prisma.sql`AND ${OTHER_TYPES}` },
      ];
  const slices = buckets.map(
    ({ rank, type }) => Prisma.sql`(
      SELECT ${rank}::int AS bucket, f.feedback_id, f.created_at
        FROM claude_pm.project_feedback f
       WHERE TRUE ${conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty} ${type}
       ORDER BY f.created_at DESC NULLS LAST, f.feedback_id
       LIMIT ${reach})`,
  );
  const [items, [{ total } = { total: 0 }]] = await Promise.all([
    getDb().$queryRaw<FeedbackListItem[]>`
      WITH page AS (
        SELECT * FROM (${Prisma.join(slices, " UNION ALL ")}) s
         ORDER BY s.bucket, s.created_at DESC NULLS LAST, s.feedback_id
         LIMIT ${FEEDBACK_PAGE_SIZE} OFFSET ${offset})
      SELECT f.feedback_id, f.title, f.feedback_type, f.status, f.priority, f.reported_by, f.created_at,
             f.project_id, p.project_name,
             (SELECT count(*)::int FROM claude_pm.project_feedback_comments c WHERE c.feedback_id = f.feedback_id) AS comment_count
        FROM page
        JOIN claude_pm.project_feedback f ON f.feedback_id = page.feedback_id
        LEFT JOIN claude_family.project_workspaces p ON p.project_id = f.project_id
       ORDER BY page.bucket, page.created_at DESC NULLS LAST, page.feedback_id`,
    getDb().$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM claude_pm.project_feedback f
        ${conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty}`,
  ]);
  return {
    items,
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / FEEDBACK_PAGE_SIZE)),
  };
}
