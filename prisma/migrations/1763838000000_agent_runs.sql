-- Up Migration
-- One row per agent run (a launched session, or a mission's planner, critic, worker or reviewer
-- call): its tokens and cost as the agent reported them, or estimated from the price table, and
-- the tools it was refused. Cost and tokens per unit, mission, session and project, and the cost
-- chart over time, are sums over it.
CREATE TABLE IF NOT EXISTS claude_mission_control.agent_runs (
  agent_run_id  UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id    UUID NOT NULL,
  mission_id    UUID,
  unit_id       UUID,
  session_id    UUID,
  role          VARCHAR(20) NOT NULL,
  profile_id    VARCHAR(40) NOT NULL,
  agent_kind    VARCHAR(20) NOT NULL,
  model         VARCHAR(200),
  input_tokens  INTEGER,
  output_tokens INTEGER,
  cost_usd      DOUBLE PRECISION,
  cost_source   VARCHAR(10) NOT NULL DEFAULT 'none',
  denied_tools  JSONB NOT NULL DEFAULT '[]',
  exit_code     INTEGER,
  duration_ms   INTEGER NOT NULL,
  finished_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS idx_agent_runs_project_time
  ON claude_mission_control.agent_runs (project_id, finished_at);
CREATE INDEX IF NOT EXISTS idx_agent_runs_mission ON claude_mission_control.agent_runs (mission_id);
CREATE INDEX IF NOT EXISTS idx_agent_runs_session ON claude_mission_control.agent_runs (session_id);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
