-- Up Migration
-- A mission that spends its budget pauses and asks a person to raise it or stop; a unit whose
-- agent was refused a tool may, under the mission's policy, ask a person to allow it and run the
-- unit again. Both are new kinds of approval; the tools a person allowed stay on the unit.
ALTER TABLE claude_mission_control.approvals DROP CONSTRAINT IF EXISTS approvals_kind_check;
ALTER TABLE claude_mission_control.approvals
  ADD CONSTRAINT approvals_kind_check
  CHECK (kind IN ('push', 'large_merge', 'chain', 'budget', 'tool'));
ALTER TABLE claude_mission_control.missions
  ADD COLUMN IF NOT EXISTS tool_refused_policy VARCHAR(10) NOT NULL DEFAULT 'fail';
ALTER TABLE claude_mission_control.work_units
  ADD COLUMN IF NOT EXISTS allowed_tools TEXT[] NOT NULL DEFAULT '{}';

-- Down Migration
-- Migrations only ever add; nothing is dropped.
