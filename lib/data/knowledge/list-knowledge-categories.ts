import { getDb } from "@/lib/db";

/** The categories in use, for the filter and as suggestions when writing an entry. */
export async function listKnowledgeCategories() {
  const rows = await getDb().$queryRaw<{ value: string }[]>`
    SELECT DISTINCT knowledge_category AS value FROM claude_family.shared_knowledge
     WHERE knowledge_category IS NOT NULL ORDER BY 1`;
  return rows.map((row) => row.value);
}
