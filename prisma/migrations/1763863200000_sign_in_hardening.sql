-- Up Migration
-- Carried in each session's JWT; bumping it ends every session of the user.
ALTER TABLE claude_mission_control.users
  ADD COLUMN IF NOT EXISTS session_version INTEGER NOT NULL DEFAULT 0;

-- Failed sign-ins per account and per client address, for the back-off between attempts.
CREATE TABLE IF NOT EXISTS claude_mission_control.sign_in_throttles (
  key VARCHAR(300) PRIMARY KEY,
  failures INTEGER NOT NULL DEFAULT 0,
  blocked_until TIMESTAMPTZ,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Signed-out sessions (a JWT's sid), refused until the JWT would have expired anyway.
CREATE TABLE IF NOT EXISTS claude_mission_control.revoked_sessions (
  session_id UUID PRIMARY KEY,
  user_id UUID NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_revoked_sessions_expires
  ON claude_mission_control.revoked_sessions (expires_at);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
