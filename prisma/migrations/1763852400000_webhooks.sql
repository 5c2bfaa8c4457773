-- Up Migration
-- A project's webhook secrets (encrypted under a key derived from AUTH_SECRET), the GitHub
-- repository it answers for, its mission label and the token it comments back with.
CREATE TABLE IF NOT EXISTS claude_mission_control.project_webhook_settings (
  project_id UUID PRIMARY KEY,
  github_repository VARCHAR(200),
  github_secret_ciphertext TEXT NOT NULL,
  standard_secret_ciphertext TEXT NOT NULL,
  mission_label VARCHAR(100),
  github_token_ciphertext TEXT,
  github_api_url TEXT,
  updated_at TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
  updated_by_user_id UUID
);
CREATE INDEX IF NOT EXISTS idx_project_webhook_settings_repository
  ON claude_mission_control.project_webhook_settings (github_repository);

-- Every webhook request received and its verdict; claim_key is unique so a delivery id starts at
-- most one mission.
CREATE TABLE IF NOT EXISTS claude_mission_control.webhook_deliveries (
  webhook_delivery_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  source VARCHAR(20) NOT NULL,
  delivery_id VARCHAR(200),
  event VARCHAR(100),
  project_id UUID,
  verdict VARCHAR(20) NOT NULL,
  reason TEXT NOT NULL,
  mission_id UUID,
  claim_key VARCHAR(230),
  body TEXT,
  headers JSONB NOT NULL DEFAULT '{}',
  issue JSONB,
  replay_of_id UUID,
  start_comment_at TIMESTAMPTZ(6),
  end_comment_at TIMESTAMPTZ(6),
  received_at TIMESTAMPTZ(6) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX IF NOT EXISTS webhook_deliveries_claim_key_key
  ON claude_mission_control.webhook_deliveries (claim_key);
CREATE INDEX IF NOT EXISTS idx_webhook_deliveries_project
  ON claude_mission_control.webhook_deliveries (project_id, received_at DESC);
CREATE INDEX IF NOT EXISTS idx_webhook_deliveries_mission
  ON claude_mission_control.webhook_deliveries (mission_id);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
