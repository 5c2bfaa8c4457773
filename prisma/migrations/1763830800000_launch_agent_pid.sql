-- Up Migration
-- The process id of a launched session's running agent: a launch that runs again after a crash
-- first ends the agent the dead runner left behind.
ALTER TABLE claude_mission_control.session_launches ADD COLUMN IF NOT EXISTS agent_pid INTEGER;

-- Down Migration
-- Migrations only ever add; nothing is dropped.
