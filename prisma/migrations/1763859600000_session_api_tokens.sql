-- Up Migration
-- Marks an API token as a session token: minted for one launched agent's MCP server, scoped to
-- its session, expiring with the launch's timeout and revoked when the launch ends.
CREATE TABLE IF NOT EXISTS claude_mission_control.session_api_tokens (
  token_id UUID PRIMARY KEY,
  session_id UUID NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS idx_session_api_tokens_session
  ON claude_mission_control.session_api_tokens (session_id);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
