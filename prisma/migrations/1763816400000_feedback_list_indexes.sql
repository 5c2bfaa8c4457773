-- Up Migration
-- The feedback list reads each type bucket (bug, change, design, question) newest first along
-- this index, instead of sorting the whole table on every request (lib/data/feedback/list-feedback.ts).
CREATE INDEX IF NOT EXISTS idx_project_feedback_type_created
  ON claude_pm.project_feedback (feedback_type, created_at DESC NULLS LAST, feedback_id);
-- A project's feedback: the list's project filter and its counts per type and status.
CREATE INDEX IF NOT EXISTS idx_project_feedback_project_status
  ON claude_pm.project_feedback (project_id, status, feedback_type);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
