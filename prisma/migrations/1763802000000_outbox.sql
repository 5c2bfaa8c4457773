-- Up Migration
-- Events written in the same transaction as the rows they belong to, delivered by the sender.

CREATE TABLE IF NOT EXISTS claude_mission_control.outbox (
  outbox_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  event_name VARCHAR(200) NOT NULL,
  event_data JSONB NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_error TEXT,
  sent_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS idx_outbox_pending ON claude_mission_control.outbox (next_attempt_at) WHERE sent_at IS NULL;

-- Down Migration
-- Migrations only ever add; nothing is dropped.
