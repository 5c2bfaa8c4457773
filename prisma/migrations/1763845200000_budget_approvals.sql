-- Up Migration
-- A mission that spends its budget pauses and asks a person to raise it or stop: a new kind of
-- approval.
ALTER TABLE claude_mission_control.approvals DROP CONSTRAINT IF EXISTS approvals_kind_check;
ALTER TABLE claude_mission_control.approvals
  ADD CONSTRAINT approvals_kind_check CHECK (kind IN ('push', 'large_merge', 'chain', 'budget'));

-- Down Migration
-- Migrations only ever add; nothing is dropped.
