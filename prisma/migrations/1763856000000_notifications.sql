-- Up Migration
-- Notification channels (Telegram, Slack-style webhook, ntfy, Standard Webhooks), each with its
-- event filter; secrets (bot token, webhook URL, ntfy token, signing secret) AES-256-GCM under a
-- key derived from AUTH_SECRET. One delivery row per event and channel, sent by its own run.
CREATE TABLE IF NOT EXISTS claude_mission_control.notification_channels (
  channel_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  name VARCHAR(80) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  config JSONB NOT NULL DEFAULT '{}',
  secret_ciphertext TEXT NOT NULL,
  events JSONB NOT NULL DEFAULT '[]',
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS claude_mission_control.notification_deliveries (
  delivery_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  channel_id UUID NOT NULL,
  event_kind VARCHAR(40) NOT NULL,
  event_key VARCHAR(200) NOT NULL,
  message JSONB NOT NULL,
  status VARCHAR(20) NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  delivered_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX IF NOT EXISTS idx_notification_deliveries_event
  ON claude_mission_control.notification_deliveries (channel_id, event_key);
CREATE INDEX IF NOT EXISTS idx_notification_deliveries_created
  ON claude_mission_control.notification_deliveries (created_at DESC);

-- An approve or reject link of an approval-needed notification: signed, used once, expiring.
CREATE TABLE IF NOT EXISTS claude_mission_control.approval_links (
  link_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  approval_id UUID NOT NULL,
  decision VARCHAR(10) NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  used_at TIMESTAMPTZ,
  used_by_user_id UUID,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX IF NOT EXISTS idx_approval_links_approval
  ON claude_mission_control.approval_links (approval_id, decision);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
