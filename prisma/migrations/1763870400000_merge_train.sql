-- Up Migration
-- The merge train: units that finish close together are merged onto a candidate and verified
-- once per batch; a red batch is bisected. A mission's largest batch (1 = every unit alone).
ALTER TABLE claude_mission_control.missions
  ADD COLUMN IF NOT EXISTS merge_batch_size INTEGER NOT NULL DEFAULT 8;
ALTER TABLE claude_mission_control.merges ADD COLUMN IF NOT EXISTS batch_id UUID;
CREATE TABLE IF NOT EXISTS claude_mission_control.merge_batches (
  batch_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  mission_id UUID NOT NULL,
  position INTEGER NOT NULL,
  size INTEGER NOT NULL,
  status VARCHAR(20) NOT NULL DEFAULT 'verifying',
  unit_ids UUID[] NOT NULL,
  base_commit VARCHAR(64) NOT NULL,
  landed_commit VARCHAR(64),
  landed_unit_ids UUID[] NOT NULL DEFAULT '{}',
  blamed_unit_ids UUID[] NOT NULL DEFAULT '{}',
  conflicted_unit_ids UUID[] NOT NULL DEFAULT '{}',
  requeued_unit_ids UUID[] NOT NULL DEFAULT '{}',
  verifications JSONB NOT NULL DEFAULT '[]',
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  finished_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX IF NOT EXISTS idx_merge_batches_mission
  ON claude_mission_control.merge_batches (mission_id, position);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
