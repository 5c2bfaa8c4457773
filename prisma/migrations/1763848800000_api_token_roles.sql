-- Up Migration
-- An API token acts with its own role, lowered to its user's current one. Tokens made before
-- tokens had roles keep role NULL: they act with their user's role, as they always did. A token
-- also records when a use was last audited: `api_token.used` is written at most once an hour.
ALTER TABLE claude_mission_control.api_tokens
  ADD COLUMN IF NOT EXISTS role VARCHAR(20);
ALTER TABLE claude_mission_control.api_tokens
  ADD COLUMN IF NOT EXISTS use_audited_at TIMESTAMPTZ;
ALTER TABLE claude_mission_control.api_tokens DROP CONSTRAINT IF EXISTS api_tokens_role_check;
ALTER TABLE claude_mission_control.api_tokens
  ADD CONSTRAINT api_tokens_role_check CHECK (role IN ('viewer', 'operator', 'admin'));
CREATE INDEX IF NOT EXISTS idx_api_tokens_user
  ON claude_mission_control.api_tokens (user_id, created_at DESC);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
