import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import { seedDemoData } from "@/lib/services/demo/seed-demo-data";
import { runSql } from "@/tests/support/test-postgres";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("seed");
const dataDirs: string[] = [];
const newDataDir = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "mc-seed-"));
  dataDirs.push(dir);
  return dir;
};
afterAll(() => Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function counts() {
  const db = getDb();
  return {
    identities: await db.identity.count(),
    projects: await db.projectWorkspace.count(),
    sessions: await db.sessionHistory.count(),
    unclosed: await db.sessionHistory.count({ where: { sessionEnd: null } }),
    feedback: await db.projectFeedback.count(),
    comments: await db.feedbackComment.count(),
    procedures: await db.procedureRegistry.count(),
    mandatory: await db.procedureRegistry.count({ where: { mandatory: true } }),
    forAll: await db.procedureRegistry.count({ where: { appliesToProjects: { has: "all" } } }),
    knowledge: await db.sharedKnowledge.count(),
    direct: await db.instanceMessage.count({ where: { toIdentityId: { not: null } } }),
    broadcast: await db.instanceMessage.count({ where: { toIdentityId: null } }),
  };
}

describe("demo data", () => {
  it("fills an empty database with a workspace of real git projects, once", async () => {
    const dataDir = await newDataDir();
    expect(await seedDemoData(dataDir)).toBe(true);
    const first = await counts();
    expect(first.identities).toBeGreaterThanOrEqual(3);
    expect(first.projects).toBeGreaterThanOrEqual(3);
    expect(first.unclosed).toBeGreaterThan(0);
    expect(first.unclosed).toBeLessThan(first.sessions);
    expect(first.comments).toBeGreaterThan(0);
    expect(first.mandatory).toBeGreaterThan(0);
    expect(first.mandatory).toBeLessThan(first.procedures);
    expect(first.forAll).toBeGreaterThan(0);
    expect(first.knowledge).toBeGreaterThan(0);
    expect(first.direct).toBeGreaterThan(0);
    expect(first.broadcast).toBeGreaterThan(0);

    for (const project of await getDb().projectWorkspace.findMany()) {
      expect(project.path.startsWith(path.join(dataDir, "projects"))).toBe(true);
      expect(await git(project.path, ["log", "--oneline"])).toMatch(/Initial commit/);
      expect(await git(project.path, ["status", "--porcelain"])).toBe("");
    }

    expect(await seedDemoData(dataDir)).toBe(false);
    expect(await counts()).toEqual(first);
  });

  it("never seeds into a database that already has data of its own", async () => {
    await runSql(
      database.url,
      "TRUNCATE claude_family.identities, claude_family.project_workspaces, claude_family.session_history, claude_family.procedure_registry, claude_family.shared_knowledge, claude_pm.project_feedback, claude_pm.project_feedback_comments, claude_mission_control.instance_messages, claude_mission_control.audit_log CASCADE",
    );
    await runSql(
      database.url,
      "INSERT INTO claude_family.procedure_registry (procedure_name) VALUES ('Only one')",
    );
    expect(await seedDemoData(await newDataDir())).toBe(false);
    expect(await counts()).toMatchObject({ identities: 0, projects: 0, procedures: 1 });
  });
});
