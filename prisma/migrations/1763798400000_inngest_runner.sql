-- Up Migration
-- State of the built-in local Inngest runner, in its own schema.

CREATE SCHEMA IF NOT EXISTS inngest_runner;

CREATE TABLE IF NOT EXISTS inngest_runner.apps (
  app_id TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  synced_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS inngest_runner.functions (
  function_id TEXT PRIMARY KEY,
  app_id TEXT NOT NULL REFERENCES inngest_runner.apps (app_id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  config JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS inngest_runner.events (
  event_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  payload JSONB NOT NULL,
  received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS events_received ON inngest_runner.events (received_at DESC);

CREATE TABLE IF NOT EXISTS inngest_runner.runs (
  run_id TEXT PRIMARY KEY,
  function_id TEXT NOT NULL,
  event JSONB NOT NULL,
  status TEXT NOT NULL DEFAULT 'queued'
    CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
  attempt INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL,
  output JSONB,
  error JSONB,
  parent_run_id TEXT,
  parent_step_id TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  started_at TIMESTAMPTZ,
  ended_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS runs_created ON inngest_runner.runs (created_at DESC);
CREATE INDEX IF NOT EXISTS runs_function_status ON inngest_runner.runs (function_id, status);

CREATE TABLE IF NOT EXISTS inngest_runner.steps (
  run_id TEXT NOT NULL REFERENCES inngest_runner.runs (run_id) ON DELETE CASCADE,
  step_id TEXT NOT NULL,
  name TEXT,
  op TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'sleeping', 'waiting', 'invoking', 'completed', 'failed')),
  attempt INTEGER NOT NULL DEFAULT 0,
  -- What the SDK is handed back: {"data": ...} or {"error": ...}.
  memo JSONB,
  error JSONB,
  started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  ended_at TIMESTAMPTZ,
  PRIMARY KEY (run_id, step_id)
);

CREATE TABLE IF NOT EXISTS inngest_runner.jobs (
  job_id BIGSERIAL PRIMARY KEY,
  run_id TEXT NOT NULL REFERENCES inngest_runner.runs (run_id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('call', 'wake', 'wait-timeout')),
  step_id TEXT,
  attempt INTEGER NOT NULL DEFAULT 0,
  run_at TIMESTAMPTZ NOT NULL,
  leased_until TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS jobs_due ON inngest_runner.jobs (run_at, job_id);

CREATE TABLE IF NOT EXISTS inngest_runner.waits (
  run_id TEXT NOT NULL REFERENCES inngest_runner.runs (run_id) ON DELETE CASCADE,
  step_id TEXT NOT NULL,
  event_name TEXT NOT NULL,
  expression TEXT,
  expires_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (run_id, step_id)
);
CREATE INDEX IF NOT EXISTS waits_event ON inngest_runner.waits (event_name);

CREATE TABLE IF NOT EXISTS inngest_runner.crons (
  function_id TEXT NOT NULL,
  cron TEXT NOT NULL,
  next_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (function_id, cron)
);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
