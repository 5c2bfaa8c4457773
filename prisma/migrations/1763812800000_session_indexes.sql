-- Up Migration
-- The sessions list pages newest first (ties broken by id, so pages never overlap) under any mix
-- of filters; each index serves one filter with the list's order, so a page and its count read
-- only matching index entries even with 100,000 sessions. `session_end` leads its index so that
-- `session_end IS NULL` (the open sessions) is one contiguous range.
CREATE INDEX IF NOT EXISTS idx_session_history_start_id ON claude_family.session_history (session_start DESC, session_id DESC);
CREATE INDEX IF NOT EXISTS idx_session_history_project_start ON claude_family.session_history (project_name, session_start DESC, session_id DESC);
CREATE INDEX IF NOT EXISTS idx_session_history_identity_start ON claude_family.session_history (identity_id, session_start DESC, session_id DESC);
CREATE INDEX IF NOT EXISTS idx_session_history_end_start ON claude_family.session_history (session_end, session_start DESC, session_id DESC);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
