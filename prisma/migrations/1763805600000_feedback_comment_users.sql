-- Up Migration
-- Comments written in the web app record the person; agents keep writing author_identity_id.
ALTER TABLE claude_pm.project_feedback_comments
  ADD COLUMN IF NOT EXISTS author_user_id UUID REFERENCES claude_mission_control.users (user_id);
CREATE INDEX IF NOT EXISTS idx_project_feedback_comments_feedback ON claude_pm.project_feedback_comments (feedback_id, created_at);
CREATE INDEX IF NOT EXISTS idx_project_feedback_status_created ON claude_pm.project_feedback (status, created_at DESC);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
