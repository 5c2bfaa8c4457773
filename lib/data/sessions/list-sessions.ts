import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionFilters } from "@/lib/validation/sessions";

export const SESSIONS_PAGE_SIZE = 25;

export type SessionListItem = {
  session_id: string;
  project_name: string | null;
  identity_name: string | null;
  session_start: Date | null;
  session_end: Date | null;
  summary_start: string | null;
};

function whereClause(filters: SessionFilters) {
  const conditions: Prisma.Sql[] = [];
  if (filters.project) conditions.push(Prisma.sql`s.project_name = ${filters.project}`);
  if (filters.identity) conditions.push(Prisma.sql`s.identity_id = ${filters.identity}::uuid`);
  if (filters.state === "open") conditions.push(Prisma.sql`s.session_end IS NULL`);
  if (filters.state === "closed") conditions.push(Prisma.sql`s.session_end IS NOT NULL`);
  if (filters.from) conditions.push(Prisma.sql`s.session_start >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`s.session_start < ${filters.to}::date + 1`);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/**
 * One page of sessions, newest first; dates are whole UTC days, `to` included. The page's ids are
 * picked first, along the indexes of migration 1763812800000, so only those rows are read and joined.
 */
export async function listSessions(filters: SessionFilters) {
  const where = whereClause(filters);
  const offset = (filters.page - 1) * SESSIONS_PAGE_SIZE;
  const [items, [{ total } = { total: 0 }]] = await Promise.all([
    getDb().$queryRaw<SessionListItem[]>`
      WITH page AS (
        SELECT s.session_id FROM claude_family.session_history s ${where}
         ORDER BY s.session_start DESC, s.session_id DESC
         LIMIT ${SESSIONS_PAGE_SIZE} OFFSET ${offset})
      SELECT s.session_id, s.project_name, i.identity_name, s.session_start, s.session_end,
             left(s.session_summary, 200) AS summary_start
        FROM page
        JOIN claude_family.session_history s ON s.session_id = page.session_id
        LEFT JOIN claude_family.identities i ON i.identity_id = s.identity_id
       ORDER BY s.session_start DESC, s.session_id DESC`,
    getDb().$queryRaw<
      { total: number }[]
    >`SELECT count(*)::int AS total FROM claude_family.session_history s ${where}`,
  ]);
  return {
    items,
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / SESSIONS_PAGE_SIZE)),
  };
}
