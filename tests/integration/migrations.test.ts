import { readdir } from "node:fs/promises";
import { afterEach, describe, expect, inject, it } from "vitest";
import { connectDb, disconnectDb, getDb } from "@/lib/db";
import { MIGRATIONS_DIR, runMigrations } from "@/lib/runtime/migrate";
import { createTestDatabase, runSql } from "@/tests/support/test-postgres";

const drops: (() => Promise<void>)[] = [];
async function freshDatabase(label: string) {
  const database = await createTestDatabase(inject("postgresAdminUrl"), label);
  drops.push(database.drop);
  return database.url;
}

afterEach(async () => {
  await disconnectDb();
  while (drops.length) await drops.pop()?.();
});

// The shape an agent's database has when its tables were made by hand with raw SQL: the
// uuid-ossp defaults, and fewer columns than Mission Control knows about.
const AGENT_DATABASE_SQL = `
  CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
  CREATE SCHEMA claude_family;
  CREATE SCHEMA claude_pm;
  CREATE TABLE claude_family.identities (
    identity_id UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    identity_name VARCHAR UNIQUE NOT NULL, platform VARCHAR NOT NULL, role_description TEXT NOT NULL,
    capabilities JSONB DEFAULT '{}', status VARCHAR DEFAULT 'active', created_at TIMESTAMP DEFAULT now());
  CREATE TABLE claude_family.project_workspaces (
    project_id UUID PRIMARY KEY DEFAULT uuid_generate_v4(), project_name VARCHAR UNIQUE NOT NULL,
    project_path TEXT NOT NULL, project_type VARCHAR);
  CREATE TABLE claude_family.session_history (
    session_id UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    identity_id UUID REFERENCES claude_family.identities(identity_id), project_name VARCHAR,
    session_start TIMESTAMP DEFAULT now(), session_end TIMESTAMP, tasks_completed TEXT[], session_summary TEXT);
  CREATE TABLE claude_family.procedure_registry (
    procedure_id UUID PRIMARY KEY DEFAULT uuid_generate_v4(), procedure_name VARCHAR NOT NULL,
    applies_to_projects TEXT[], mandatory BOOLEAN DEFAULT false);
  CREATE TABLE claude_pm.project_feedback (
    feedback_id UUID PRIMARY KEY DEFAULT uuid_generate_v4(), project_id UUID, feedback_type VARCHAR,
    title VARCHAR NOT NULL, description TEXT, status VARCHAR DEFAULT 'new', created_at TIMESTAMP DEFAULT now());

  INSERT INTO claude_family.identities (identity_name, platform, role_description)
    VALUES ('claude-code-unified', 'claude-code-console', 'Main agent'), ('claude-desktop-001', 'desktop', 'Reviewer');
  INSERT INTO claude_family.project_workspaces (project_name, project_path, project_type)
    VALUES ('legacy-app', '/srv/legacy-app', 'web');
  INSERT INTO claude_family.session_history (identity_id, project_name, tasks_completed, session_summary)
    SELECT identity_id, 'legacy-app', ARRAY['kept task'], 'It''s an agent''s summary'
      FROM claude_family.identities WHERE identity_name = 'claude-code-unified';
  INSERT INTO claude_family.procedure_registry (procedure_name, applies_to_projects, mandatory)
    VALUES ('Session start', ARRAY['all'], true);
  INSERT INTO claude_pm.project_feedback (project_id, feedback_type, title)
    SELECT project_id, 'bug', 'Existing bug' FROM claude_family.project_workspaces;
`;

describe("migrations", () => {
  it("create every table of the three schemas on an empty database, and a rerun applies nothing", async () => {
    const url = await freshDatabase("empty");
    const files = (await readdir(MIGRATIONS_DIR)).filter((name) => name.endsWith(".sql")).sort();
    expect(await runMigrations(url)).toEqual(files.map((name) => name.replace(/\.sql$/, "")));
    const tables = await runSql(
      url,
      `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
        WHERE table_schema IN ('claude_family', 'claude_pm', 'claude_mission_control') ORDER BY 1`,
    );
    expect(tables.rows.map((row) => row.name)).toEqual([
      "claude_family.identities",
      "claude_family.procedure_registry",
      "claude_family.project_workspaces",
      "claude_family.session_history",
      "claude_family.shared_knowledge",
      "claude_mission_control.agent_api_keys",
      "claude_mission_control.agent_runs",
      "claude_mission_control.api_tokens",
      "claude_mission_control.app_settings",
      "claude_mission_control.approval_links",
      "claude_mission_control.approvals",
      "claude_mission_control.audit_log",
      "claude_mission_control.instance_messages",
      "claude_mission_control.merge_batches",
      "claude_mission_control.merges",
      "claude_mission_control.mission_rounds",
      "claude_mission_control.missions",
      "claude_mission_control.notification_channels",
      "claude_mission_control.notification_deliveries",
      "claude_mission_control.outbox",
      "claude_mission_control.project_mission_settings",
      "claude_mission_control.project_webhook_settings",
      "claude_mission_control.revoked_sessions",
      "claude_mission_control.session_api_tokens",
      "claude_mission_control.session_launches",
      "claude_mission_control.session_output",
      "claude_mission_control.sign_in_throttles",
      "claude_mission_control.unit_output",
      "claude_mission_control.users",
      "claude_mission_control.webhook_deliveries",
      "claude_mission_control.work_units",
      "claude_pm.project_feedback",
      "claude_pm.project_feedback_comments",
    ]);
    expect(await runMigrations(url)).toEqual([]);
  });

  it("adopt a database whose agent tables already hold rows: every row is kept and the app reads it", async () => {
    const url = await freshDatabase("adopt");
    await runSql(url, AGENT_DATABASE_SQL);

    await runMigrations(url);
    const db = await connectDb(url);

    const identities = await db.identity.findMany({ orderBy: { name: "asc" } });
    expect(identities.map((i) => [i.name, i.platform, i.status])).toEqual([
      ["claude-code-unified", "claude-code-console", "active"],
      ["claude-desktop-001", "desktop", "active"],
    ]);
    const [session] = await db.sessionHistory.findMany({ include: { identity: true } });
    expect(session).toMatchObject({
      projectName: "legacy-app",
      sessionSummary: "It's an agent's summary",
      tasksCompleted: ["kept task"],
      sessionEnd: null,
    });
    expect(session?.identity?.name).toBe("claude-code-unified");
    expect(
      await db.projectWorkspace.findMany({ select: { name: true, path: true, description: true } }),
    ).toEqual([{ name: "legacy-app", path: "/srv/legacy-app", description: null }]);
    expect(
      await db.procedureRegistry.findMany({
        select: { name: true, appliesToProjects: true, mandatory: true },
      }),
    ).toEqual([{ name: "Session start", appliesToProjects: ["all"], mandatory: true }]);
    expect(
      await getDb().projectFeedback.count({ where: { title: "Existing bug", status: "new" } }),
    ).toBe(1);

    // Agents keep inserting with their own SQL after the adoption, and the app sees those rows too.
    await runSql(
      url,
      "INSERT INTO claude_family.identities (identity_name, platform, role_description) VALUES ('claude-cursor-001', 'cursor', 'Editor agent')",
    );
    expect(await db.identity.count()).toBe(3);
    // New nullable columns were added to the hand-made tables, existing data untouched.
    const columns = await runSql(
      url,
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'claude_family' AND table_name = 'project_workspaces' ORDER BY column_name",
    );
    expect(columns.rows.map((row) => row.column_name)).toEqual([
      "created_at",
      "description",
      "project_id",
      "project_name",
      "project_path",
      "project_type",
      "updated_at",
    ]);
  });
});
