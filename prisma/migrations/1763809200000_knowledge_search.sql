-- Up Migration
-- Knowledge search. Postgres keeps a weighted tsvector (title A, description B) in a stored
-- generated column, so rows that agents insert with plain SQL are searchable at once and ranking
-- reads the stored vector instead of parsing the text of every match again. Adding it rewrites
-- the table once and keeps every row.
ALTER TABLE claude_family.shared_knowledge
  ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B')
  ) STORED;
CREATE INDEX IF NOT EXISTS idx_shared_knowledge_search
  ON claude_family.shared_knowledge USING gin (search_vector);
-- The list without a query: newest-updated first.
CREATE INDEX IF NOT EXISTS idx_shared_knowledge_updated
  ON claude_family.shared_knowledge (last_updated_at DESC NULLS LAST, knowledge_id);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
