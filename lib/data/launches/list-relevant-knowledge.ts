import { getDb } from "@/lib/db";

type KnowledgeRow = {
  id: string;
  title: string;
  description: string;
  type: string;
  category: string;
};

/**
 * Knowledge for a launch context: entries sharing any of `words` with the project, best ranked
 * first; when nothing matches, the most applied entries. `words` are letters and digits only.
 */
export async function listRelevantKnowledge(words: string[], take = 5) {
  const db = getDb();
  if (words.length) {
    const query = words.join(" | ");
    const ranked = await db.$queryRaw<KnowledgeRow[]>`
      SELECT knowledge_id AS id, title, description, knowledge_type AS type, knowledge_category AS category
        FROM claude_family.shared_knowledge,
             to_tsvector('english', title || ' ' || description || ' ' || knowledge_category) AS doc
       WHERE doc @@ to_tsquery('english', ${query})
       ORDER BY ts_rank(doc, to_tsquery('english', ${query})) DESC, times_applied DESC NULLS LAST
       LIMIT ${take}`;
    if (ranked.length) return ranked;
  }
  return db.$queryRaw<KnowledgeRow[]>`
    SELECT knowledge_id AS id, title, description, knowledge_type AS type, knowledge_category AS category
      FROM claude_family.shared_knowledge
     ORDER BY times_applied DESC NULLS LAST, confidence_level DESC NULLS LAST
     LIMIT ${take}`;
}
