-- Up Migration
-- A session started from the launcher: how it was run, its launch context and its outcome, and
-- the agent's output line by line, streamed while it runs.

CREATE TABLE IF NOT EXISTS claude_mission_control.session_launches (
  session_id UUID PRIMARY KEY REFERENCES claude_family.session_history (session_id),
  project_id UUID NOT NULL REFERENCES claude_family.project_workspaces (project_id),
  profile_id VARCHAR(40) NOT NULL,
  profile_kind VARCHAR(20) NOT NULL,
  launch_context TEXT NOT NULL,
  status VARCHAR(20) NOT NULL DEFAULT 'queued'
    CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  exit_code INTEGER,
  outcome TEXT,
  agent_session_id VARCHAR(200),
  cost_usd DOUBLE PRECISION,
  requested_by_user_id UUID REFERENCES claude_mission_control.users (user_id),
  stop_requested_at TIMESTAMPTZ,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  started_at TIMESTAMPTZ,
  finished_at TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS claude_mission_control.session_output (
  session_id UUID NOT NULL REFERENCES claude_mission_control.session_launches (session_id),
  seq INTEGER NOT NULL,
  stream VARCHAR(10) NOT NULL CHECK (stream IN ('stdout', 'stderr', 'system')),
  line TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, seq)
);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
