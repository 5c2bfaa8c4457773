-- Up Migration
-- The API key of an agent profile, kept apart from the profile (app_settings, which the raw
-- settings editor shows): AES-256-GCM under a key derived from AUTH_SECRET, never shown again.
CREATE TABLE IF NOT EXISTS claude_mission_control.agent_api_keys (
  profile_id TEXT PRIMARY KEY,
  key_ciphertext TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_by UUID REFERENCES claude_mission_control.users (user_id) ON DELETE SET NULL
);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
