-- Up Migration
-- The process id of a unit's running agent: after a crash, a unit that runs again first ends the
-- agent the dead runner left behind.
ALTER TABLE claude_mission_control.work_units ADD COLUMN IF NOT EXISTS agent_pid INTEGER;

-- Down Migration
-- Migrations only ever add; nothing is dropped.
