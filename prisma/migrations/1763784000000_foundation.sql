-- Up Migration
-- Adopts an existing database: every statement only adds, and tables that agents already
-- created with raw SQL are kept as they are, gaining only the nullable columns they lack.

CREATE SCHEMA IF NOT EXISTS claude_family;
CREATE SCHEMA IF NOT EXISTS claude_pm;
CREATE SCHEMA IF NOT EXISTS claude_mission_control;

CREATE TABLE IF NOT EXISTS claude_family.identities (
  identity_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  identity_name VARCHAR UNIQUE NOT NULL,
  platform VARCHAR NOT NULL,
  role_description TEXT NOT NULL,
  capabilities JSONB DEFAULT '{}',
  personality_traits JSONB DEFAULT '{}',
  learning_style JSONB DEFAULT '{}',
  status VARCHAR DEFAULT 'active',
  created_at TIMESTAMP DEFAULT now(),
  last_active_at TIMESTAMP DEFAULT now()
);
ALTER TABLE claude_family.identities
  ADD COLUMN IF NOT EXISTS capabilities JSONB DEFAULT '{}',
  ADD COLUMN IF NOT EXISTS personality_traits JSONB DEFAULT '{}',
  ADD COLUMN IF NOT EXISTS learning_style JSONB DEFAULT '{}',
  ADD COLUMN IF NOT EXISTS status VARCHAR DEFAULT 'active',
  ADD COLUMN IF NOT EXISTS created_at TIMESTAMP DEFAULT now(),
  ADD COLUMN IF NOT EXISTS last_active_at TIMESTAMP DEFAULT now();

CREATE TABLE IF NOT EXISTS claude_family.project_workspaces (
  project_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  project_name VARCHAR UNIQUE NOT NULL,
  project_path TEXT NOT NULL,
  project_type VARCHAR,
  description TEXT,
  created_at TIMESTAMP DEFAULT now(),
  updated_at TIMESTAMP DEFAULT now()
);
ALTER TABLE claude_family.project_workspaces
  ADD COLUMN IF NOT EXISTS project_type VARCHAR,
  ADD COLUMN IF NOT EXISTS description TEXT,
  ADD COLUMN IF NOT EXISTS created_at TIMESTAMP DEFAULT now(),
  ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP DEFAULT now();

CREATE TABLE IF NOT EXISTS claude_family.session_history (
  session_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  identity_id UUID REFERENCES claude_family.identities (identity_id),
  project_schema VARCHAR,
  project_name VARCHAR,
  session_start TIMESTAMP DEFAULT now(),
  session_end TIMESTAMP,
  tasks_completed TEXT[],
  learnings_gained TEXT[],
  challenges_encountered TEXT[],
  session_summary TEXT,
  session_metadata JSONB DEFAULT '{}',
  created_at TIMESTAMP DEFAULT now()
);
ALTER TABLE claude_family.session_history
  ADD COLUMN IF NOT EXISTS project_schema VARCHAR,
  ADD COLUMN IF NOT EXISTS project_name VARCHAR,
  ADD COLUMN IF NOT EXISTS session_start TIMESTAMP DEFAULT now(),
  ADD COLUMN IF NOT EXISTS session_end TIMESTAMP,
  ADD COLUMN IF NOT EXISTS tasks_completed TEXT[],
  ADD COLUMN IF NOT EXISTS learnings_gained TEXT[],
  ADD COLUMN IF NOT EXISTS challenges_encountered TEXT[],
  ADD COLUMN IF NOT EXISTS session_summary TEXT,
  ADD COLUMN IF NOT EXISTS session_metadata JSONB DEFAULT '{}',
  ADD COLUMN IF NOT EXISTS created_at TIMESTAMP DEFAULT now();
CREATE INDEX IF NOT EXISTS idx_session_history_start ON claude_family.session_history (session_start DESC);

CREATE TABLE IF NOT EXISTS claude_family.shared_knowledge (
  knowledge_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  title VARCHAR NOT NULL,
  description TEXT NOT NULL,
  knowledge_type VARCHAR NOT NULL,
  knowledge_category VARCHAR NOT NULL,
  confidence_level INTEGER DEFAULT 5,
  times_applied INTEGER DEFAULT 0,
  created_by_identity_id UUID REFERENCES claude_family.identities (identity_id),
  created_at TIMESTAMP DEFAULT now(),
  last_updated_at TIMESTAMP DEFAULT now()
);
ALTER TABLE claude_family.shared_knowledge
  ADD COLUMN IF NOT EXISTS confidence_level INTEGER DEFAULT 5,
  ADD COLUMN IF NOT EXISTS times_applied INTEGER DEFAULT 0,
  ADD COLUMN IF NOT EXISTS created_by_identity_id UUID,
  ADD COLUMN IF NOT EXISTS created_at TIMESTAMP DEFAULT now(),
  ADD COLUMN IF NOT EXISTS last_updated_at TIMESTAMP DEFAULT now();

CREATE TABLE IF NOT EXISTS claude_family.procedure_registry (
  procedure_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_name VARCHAR NOT NULL,
  procedure_type VARCHAR,
  short_description TEXT,
  location_type VARCHAR,
  file_path TEXT,
  applies_to_projects TEXT[],
  mandatory BOOLEAN DEFAULT false,
  frequency VARCHAR,
  created_at TIMESTAMP DEFAULT now(),
  updated_at TIMESTAMP DEFAULT now()
);
ALTER TABLE claude_family.procedure_registry
  ADD COLUMN IF NOT EXISTS procedure_type VARCHAR,
  ADD COLUMN IF NOT EXISTS short_description TEXT,
  ADD COLUMN IF NOT EXISTS location_type VARCHAR,
  ADD COLUMN IF NOT EXISTS file_path TEXT,
  ADD COLUMN IF NOT EXISTS applies_to_projects TEXT[],
  ADD COLUMN IF NOT EXISTS mandatory BOOLEAN DEFAULT false,
  ADD COLUMN IF NOT EXISTS frequency VARCHAR,
  ADD COLUMN IF NOT EXISTS created_at TIMESTAMP DEFAULT now(),
  ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP DEFAULT now();

CREATE TABLE IF NOT EXISTS claude_pm.project_feedback (
  feedback_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id UUID,
  feedback_type VARCHAR,
  title VARCHAR NOT NULL,
  description TEXT,
  status VARCHAR DEFAULT 'new',
  priority INTEGER,
  reported_by VARCHAR,
  created_at TIMESTAMP DEFAULT now(),
  updated_at TIMESTAMP,
  resolved_at TIMESTAMP
);
ALTER TABLE claude_pm.project_feedback
  ADD COLUMN IF NOT EXISTS project_id UUID,
  ADD COLUMN IF NOT EXISTS feedback_type VARCHAR,
  ADD COLUMN IF NOT EXISTS description TEXT,
  ADD COLUMN IF NOT EXISTS status VARCHAR DEFAULT 'new',
  ADD COLUMN IF NOT EXISTS priority INTEGER,
  ADD COLUMN IF NOT EXISTS reported_by VARCHAR,
  ADD COLUMN IF NOT EXISTS created_at TIMESTAMP DEFAULT now(),
  ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP,
  ADD COLUMN IF NOT EXISTS resolved_at TIMESTAMP;

CREATE TABLE IF NOT EXISTS claude_pm.project_feedback_comments (
  comment_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  feedback_id UUID REFERENCES claude_pm.project_feedback (feedback_id),
  author_identity_id UUID REFERENCES claude_family.identities (identity_id),
  comment_text TEXT NOT NULL,
  created_at TIMESTAMP DEFAULT now()
);
ALTER TABLE claude_pm.project_feedback_comments
  ADD COLUMN IF NOT EXISTS author_identity_id UUID,
  ADD COLUMN IF NOT EXISTS created_at TIMESTAMP DEFAULT now();

CREATE TABLE IF NOT EXISTS claude_mission_control.instance_messages (
  message_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  from_identity_id UUID REFERENCES claude_family.identities (identity_id),
  to_identity_id UUID,
  message_type VARCHAR(50) NOT NULL,
  message_subject VARCHAR(200),
  message_body JSONB NOT NULL,
  status VARCHAR(20) DEFAULT 'unread',
  read_at TIMESTAMP,
  created_at TIMESTAMP DEFAULT now(),
  CHECK (message_type IN ('task-request', 'status-update', 'question', 'notification')),
  CHECK (status IN ('unread', 'read', 'processed'))
);
CREATE INDEX IF NOT EXISTS idx_instance_messages_to ON claude_mission_control.instance_messages (to_identity_id, status);
CREATE INDEX IF NOT EXISTS idx_instance_messages_from ON claude_mission_control.instance_messages (from_identity_id);
CREATE INDEX IF NOT EXISTS idx_instance_messages_created ON claude_mission_control.instance_messages (created_at DESC);

CREATE TABLE IF NOT EXISTS claude_mission_control.app_settings (
  setting_key VARCHAR(100) PRIMARY KEY,
  setting_value JSONB NOT NULL,
  description TEXT,
  updated_at TIMESTAMP DEFAULT now(),
  updated_by_identity_id UUID REFERENCES claude_family.identities (identity_id)
);

CREATE TABLE IF NOT EXISTS claude_mission_control.users (
  user_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  email VARCHAR(254) NOT NULL UNIQUE,
  name VARCHAR(100) NOT NULL,
  password_hash TEXT NOT NULL,
  role VARCHAR(20) NOT NULL DEFAULT 'viewer' CHECK (role IN ('admin', 'operator', 'viewer')),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_login_at TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS claude_mission_control.api_tokens (
  token_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID NOT NULL REFERENCES claude_mission_control.users (user_id) ON DELETE CASCADE,
  name VARCHAR(100) NOT NULL,
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_used_at TIMESTAMPTZ,
  expires_at TIMESTAMPTZ,
  revoked_at TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS claude_mission_control.audit_log (
  audit_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  identity_id UUID REFERENCES claude_family.identities (identity_id),
  operation VARCHAR(100) NOT NULL,
  target_type VARCHAR(50),
  target_id UUID,
  details JSONB,
  created_at TIMESTAMP DEFAULT now()
);
ALTER TABLE claude_mission_control.audit_log
  ADD COLUMN IF NOT EXISTS user_id UUID REFERENCES claude_mission_control.users (user_id);
CREATE INDEX IF NOT EXISTS idx_audit_log_identity ON claude_mission_control.audit_log (identity_id, created_at DESC);
CREATE INDEX IF NOT EXISTS idx_audit_log_operation ON claude_mission_control.audit_log (operation, created_at DESC);

-- Down Migration
-- Migrations only ever add; nothing is dropped.
