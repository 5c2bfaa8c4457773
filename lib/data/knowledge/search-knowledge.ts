import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { KnowledgeFilters } from "@/lib/validation/knowledge";

const PAGE_SIZE = 25;
const EXCERPT_LENGTH = 280;

export type KnowledgeListItem = {
  knowledge_id: string;
  title: string;
  excerpt: string | null;
  knowledge_type: string;
  knowledge_category: string;
  confidence_level: number | null;
  times_applied: number | null;
  last_updated_at: Date | null;
  created_by: string | null;
};

function whereClause(filters: KnowledgeFilters, query: Prisma.Sql | null) {
  const conditions: Prisma.Sql[] = [];
  if (query) conditions.push(Prisma.sql`k.search_vector @@ ${query}`);
  if (filters.type) conditions.push(Prisma.sql`k.knowledge_type = ${filters.type}`);
  if (filters.category) conditions.push(Prisma.sql`k.knowledge_category = ${filters.category}`);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/**
 * One page of knowledge. With a query: full-text matches, best ranked first (title words weigh
 * more than description words), then newest updated. Without one: newest updated first.
 */
export async function searchKnowledge(filters: KnowledgeFilters) {
  const query = filters.q ? Prisma.sql`websearch_to_tsquery('english', ${filters.q})` : null;
  const rank = query ? Prisma.sql`ts_rank(k.search_vector, ${query})` : Prisma.sql`0::real`;
  const where = whereClause(filters, query);
  const offset = (filters.page - 1) * PAGE_SIZE;
  // The page is ranked over narrow rows first; only its rows are then read in full.
  const [items, [{ total } = { total: 0 }]] = await Promise.all([
    getDb().$queryRaw<KnowledgeListItem[]>`
      WITH page AS (
        SELECT k.knowledge_id, k.last_updated_at, ${rank} AS rank
          FROM claude_family.shared_knowledge k
          ${where}
         ORDER BY rank DESC, k.last_updated_at DESC NULLS LAST, k.knowledge_id
         LIMIT ${PAGE_SIZE} OFFSET ${offset})
      SELECT k.knowledge_id, k.title, left(k.description, ${EXCERPT_LENGTH}) AS excerpt,
             k.knowledge_type, k.knowledge_category, k.confidence_level, k.times_applied,
             k.last_updated_at, i.identity_name AS created_by
        FROM page
        JOIN claude_family.shared_knowledge k ON k.knowledge_id = page.knowledge_id
        LEFT JOIN claude_family.identities i ON i.identity_id = k.created_by_identity_id
       ORDER BY page.rank DESC, page.last_updated_at DESC NULLS LAST, page.knowledge_id`,
    getDb().$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM claude_family.shared_knowledge k ${where}`,
  ]);
  return {
    items,
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
