-- Up Migration
-- An API token acts with its own role (never above its user's current one), and records when a
-- use was last audited: an audit row `api_token.used` is written at most once per token per hour.
ALTER TABLE claude_mission_control.api_tokens
  ADD COLUMN IF NOT EXISTS role VARCHAR(20) NOT NULL DEFAULT 'viewer';
ALTER TABLE claude_mission_control.api_tokens
  ADD COLUMN IF NOT EXISTS use_audited_at TIMESTAMPTZ;
ALTER TABLE claude_mission_control.api_tokens DROP CONSTRAINT IF EXISTS api_tokens_role_check;
ALTER TABLE claude_mission_control.api_tokens
  ADD CONSTRAINT api_tokens_role_check CHECK (role IN ('viewer', 'operator', 'admin'));
CREATE INDEX IF NOT EXISTS idx_api_tokens_user
  ON claude_mission_control.api_tokens (user_id, created_at DESC);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
