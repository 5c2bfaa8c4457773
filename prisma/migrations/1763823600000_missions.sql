-- Up Migration
-- Missions (DESIGN §4): per-project mission settings, missions, their rounds of deliberation,
-- work units with their streamed output, merges into the green branch, and approvals.

CREATE TABLE IF NOT EXISTS claude_mission_control.project_mission_settings (
  project_id UUID PRIMARY KEY REFERENCES claude_family.project_workspaces (project_id),
  clone_url TEXT,
  base_branch VARCHAR(200) NOT NULL DEFAULT 'main',
  green_branch VARCHAR(200) NOT NULL DEFAULT 'mc/green',
  verify_command JSONB NOT NULL DEFAULT '[]',
  agent_profile_id VARCHAR(40),
  default_workers INTEGER NOT NULL DEFAULT 2,
  push_remote VARCHAR(200),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS claude_mission_control.missions (
  mission_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id UUID NOT NULL REFERENCES claude_family.project_workspaces (project_id),
  objective TEXT NOT NULL,
  status VARCHAR(20) NOT NULL DEFAULT 'queued'
    CHECK (status IN ('queued', 'running', 'awaiting_approval', 'succeeded', 'failed', 'cancelled')),
  workers INTEGER NOT NULL,
  max_rounds INTEGER NOT NULL,
  wall_time_minutes INTEGER NOT NULL,
  budget_usd DOUBLE PRECISION,
  agent_profile_id VARCHAR(40) NOT NULL,
  approval_policy VARCHAR(20) NOT NULL,
  large_merge_lines INTEGER NOT NULL DEFAULT 400,
  fixup_policy VARCHAR(20) NOT NULL DEFAULT 'revert',
  chain BOOLEAN NOT NULL DEFAULT false,
  parent_mission_id UUID REFERENCES claude_mission_control.missions (mission_id),
  start_commit VARCHAR(64),
  green_head VARCHAR(64),
  cost_usd DOUBLE PRECISION NOT NULL DEFAULT 0,
  stop_reason TEXT,
  result_summary TEXT,
  state_summary TEXT,
  cancel_requested_at TIMESTAMPTZ,
  created_by_user_id UUID REFERENCES claude_mission_control.users (user_id),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  started_at TIMESTAMPTZ,
  finished_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS idx_missions_created ON claude_mission_control.missions (created_at DESC);

CREATE TABLE IF NOT EXISTS claude_mission_control.mission_rounds (
  round_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  mission_id UUID NOT NULL REFERENCES claude_mission_control.missions (mission_id),
  round_number INTEGER NOT NULL,
  status VARCHAR(20) NOT NULL DEFAULT 'deliberating',
  deliberation JSONB NOT NULL DEFAULT '[]',
  plan JSONB NOT NULL DEFAULT '[]',
  signals JSONB,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  finished_at TIMESTAMPTZ,
  UNIQUE (mission_id, round_number)
);

CREATE TABLE IF NOT EXISTS claude_mission_control.work_units (
  unit_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  mission_id UUID NOT NULL REFERENCES claude_mission_control.missions (mission_id),
  round_id UUID NOT NULL REFERENCES claude_mission_control.mission_rounds (round_id),
  position INTEGER NOT NULL,
  unit_key VARCHAR(100) NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  files_hint TEXT[] NOT NULL DEFAULT '{}',
  depends_on TEXT[] NOT NULL DEFAULT '{}',
  acceptance TEXT,
  layer INTEGER NOT NULL DEFAULT 0,
  status VARCHAR(20) NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'running', 'completed', 'failed', 'blocked', 'merged', 'conflicted', 'reverted', 'cancelled')),
  reason TEXT,
  branch VARCHAR(200),
  head_commit VARCHAR(64),
  result JSONB,
  attempts INTEGER NOT NULL DEFAULT 0,
  cost_usd DOUBLE PRECISION,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  started_at TIMESTAMPTZ,
  finished_at TIMESTAMPTZ,
  UNIQUE (round_id, unit_key)
);
CREATE INDEX IF NOT EXISTS idx_work_units_mission ON claude_mission_control.work_units (mission_id, position);

CREATE TABLE IF NOT EXISTS claude_mission_control.unit_output (
  unit_id UUID NOT NULL REFERENCES claude_mission_control.work_units (unit_id),
  seq INTEGER NOT NULL,
  stream VARCHAR(10) NOT NULL CHECK (stream IN ('stdout', 'stderr', 'system')),
  line TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (unit_id, seq)
);

CREATE TABLE IF NOT EXISTS claude_mission_control.merges (
  merge_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id UUID NOT NULL UNIQUE REFERENCES claude_mission_control.work_units (unit_id),
  mission_id UUID NOT NULL REFERENCES claude_mission_control.missions (mission_id),
  status VARCHAR(20) NOT NULL CHECK (status IN ('merged', 'conflicted', 'reverted')),
  merge_commit VARCHAR(64),
  lines_changed INTEGER,
  verification_passed BOOLEAN,
  verification_output TEXT,
  review JSONB,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS idx_merges_mission ON claude_mission_control.merges (mission_id, created_at);

CREATE TABLE IF NOT EXISTS claude_mission_control.approvals (
  approval_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  mission_id UUID NOT NULL REFERENCES claude_mission_control.missions (mission_id),
  kind VARCHAR(20) NOT NULL CHECK (kind IN ('push', 'large_merge', 'chain')),
  status VARCHAR(20) NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'approved', 'rejected', 'timed_out')),
  summary TEXT NOT NULL,
  details JSONB,
  requested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  timeout_at TIMESTAMPTZ NOT NULL,
  decided_at TIMESTAMPTZ,
  decided_by_user_id UUID REFERENCES claude_mission_control.users (user_id)
);
CREATE INDEX IF NOT EXISTS idx_approvals_mission ON claude_mission_control.approvals (mission_id, requested_at);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
