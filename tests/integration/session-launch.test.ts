import { mkdir, mkdtemp, realpath, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionLaunchFunction } from "@/inngest/functions/session-launch";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/authorize";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { getDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import { launchSession } from "@/lib/services/launcher/launch-session";
import { requestLaunchStop } from "@/lib/services/launcher/request-launch-stop";
import { deliverOutbox } from "@/lib/services/outbox/deliver-outbox";
import { saveProject } from "@/lib/services/projects/save-project";
import { DEFAULT_AGENT_PROFILES } from "@/lib/settings/default-agent-profiles";
import { createTestActor } from "@/tests/support/create-test-actor";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("launch");
let harness: Harness;
let operator: Actor;
let viewer: Actor;
let root: string;
let identityId: string;

async function createRepository(name: string, script?: object) {
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  await git(dir, ["init", "-q", "-b", "main"]);
  await writeFile(path.join(dir, "README.md"), `# ${name}\n`);
  if (script) {
    await mkdir(path.join(dir, ".mission-control"));
    await writeFile(
      path.join(dir, ".mission-control", "agent-script.json"),
      JSON.stringify(script),
    );
  }
  return dir;
}

async function registerProject(name: string, script?: object) {
  const dir = await createRepository(name, script);
  const { project } = await saveProject(operator, {
    name,
    path: dir,
    type: "web",
    description: null,
  });
  return project;
}

/** Delivers the launch event from the outbox and waits for its run to end. */
async function runLaunches(count = 1) {
  const send = (events: { id: string; name: string; data: unknown }[]) =>
    harness.client.send(events as never);
  await deliverOutbox(send, new Date());
  return harness.settled("session-launch", count, 30_000);
}

const output = async (sessionId: string) =>
  (await getDb().sessionOutputLine.findMany({ where: { sessionId }, orderBy: { seq: "asc" } })).map(
    (line) => `${line.stream}: ${line.line}`,
  );

beforeAll(async () => {
  root = await realpath(await mkdtemp(path.join(tmpdir(), "mc-launch-")));
  await upsertSetting("projects.allowed_roots", [root]);
  const fastScripted = DEFAULT_AGENT_PROFILES.map((profile) =>
    profile.kind === "scripted"
      ? { ...profile, timeoutSeconds: 5, env: { MC_SCRIPTED_AGENT_DELAY_MS: "20" } }
      : profile,
  );
  await upsertSetting("agent.profiles", fastScripted);
  operator = await createTestActor("operator");
  viewer = await createTestActor("viewer");
  identityId = (
    await getDb().identity.create({
      data: {
        name: "claude-code-unified",
        platform: "claude-code-console",
        roleDescription: "test",
      },
    })
  ).id;
  harness = await startHarness(database.url, (client) => [sessionLaunchFunction(client)]);
});
afterAll(() => harness.stop());

describe("launching a session", () => {
  it("runs the scripted agent in the project, streams its output and closes the session", async () => {
    const project = await registerProject("alpha");
    await getDb().procedureRegistry.create({
      data: { name: "Read the handbook", mandatory: true, appliesToProjects: ["all"] },
    });
    await getDb().projectFeedback.create({
      data: { projectId: project.id, type: "bug", title: "Login button is 'stuck'", status: "new" },
    });
    await expect(
      launchSession(operator, { projectId: project.id, identityId, acknowledged: false }),
    ).rejects.toThrow("acknowledge the warnings");

    const { sessionId } = await launchSession(operator, {
      projectId: project.id,
      identityId,
      acknowledged: true,
    });
    const launch = await getDb().sessionLaunch.findUniqueOrThrow({ where: { sessionId } });
    expect(launch.launchContext).toContain("# Launch context: alpha");
    expect(launch.launchContext).toContain("## Mandatory procedures (1)\n- Read the handbook");
    expect(launch.launchContext).toContain("- [bug] Login button is 'stuck'");

    const [run] = await runLaunches();
    expect(run?.status).toBe("completed");
    const after = await getDb().sessionLaunch.findUniqueOrThrow({ where: { sessionId } });
    expect(after).toMatchObject({ status: "succeeded", exitCode: 0 });
    expect(after.agentSessionId).toMatch(/^[0-9a-f-]{36}$/);
    const lines = await output(sessionId);
    expect(lines[0]).toContain("Starting Scripted demo agent (no language model) in");
    expect(lines).toContain(
      `stdout: Read the launch context for alpha: ${launch.launchContext.length} characters.`,
    );
    expect(lines).toContain("stdout: Files in the project: README.md.");
    expect(lines.at(-1)).toBe(
      "system: Finished: succeeded. Looked around alpha: 1 files, no changes made.",
    );

    const session = await getDb().sessionHistory.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.sessionEnd).not.toBeNull();
    expect(session.sessionSummary).toContain("Looked around alpha");
    expect(session.identityId).toBe(identityId);
    const operations = (
      await getDb().auditLog.findMany({
        where: { targetId: sessionId },
        orderBy: { createdAt: "asc" },
      })
    ).map((entry) => entry.operation);
    expect(operations).toEqual(["launch_claude", "close_session"]);
  });

  it("ends a crashing agent's session as failed, with its error output kept", async () => {
    const project = await registerProject("crashes", {
      steps: [{ say: "about to fail" }, { crash: "boom: the agent fell over", exitCode: 3 }],
    });
    const { sessionId } = await launchSession(operator, {
      projectId: project.id,
      identityId,
      acknowledged: true,
    });
    await runLaunches(2);
    expect(await getDb().sessionLaunch.findUniqueOrThrow({ where: { sessionId } })).toMatchObject({
      status: "failed",
      exitCode: 3,
      outcome: "The agent exited with code 3.",
    });
    expect(await output(sessionId)).toEqual(
      expect.arrayContaining(["stdout: about to fail", "stderr: boom: the agent fell over"]),
    );
    const session = await getDb().sessionHistory.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.sessionSummary).toContain("failed");
  });

  it("stops a hanging agent on request, and one that outlives its timeout", async () => {
    const project = await registerProject("hangs", {
      steps: [{ say: "thinking forever" }, { hang: true }],
    });
    const first = await launchSession(operator, {
      projectId: project.id,
      identityId,
      acknowledged: true,
    });
    const second = await launchSession(operator, {
      projectId: project.id,
      identityId,
      acknowledged: true,
    });
    const send = (events: { id: string; name: string; data: unknown }[]) =>
      harness.client.send(events as never);
    await deliverOutbox(send, new Date());
    await expect
      .poll(async () => (await output(first.sessionId)).length, { timeout: 10_000 })
      .toBeGreaterThan(1);
    await expect(requestLaunchStop(viewer, first.sessionId)).rejects.toBeInstanceOf(ForbiddenError);
    await requestLaunchStop(operator, first.sessionId);
    await harness.settled("session-launch", 4, 30_000);
    expect(
      await getDb().sessionLaunch.findUniqueOrThrow({ where: { sessionId: first.sessionId } }),
    ).toMatchObject({
      status: "cancelled",
      outcome: "Stopped by a person.",
    });
    expect(
      await getDb().sessionLaunch.findUniqueOrThrow({ where: { sessionId: second.sessionId } }),
    ).toMatchObject({
      status: "failed",
      outcome: "Timed out after 5 s; the agent was stopped.",
    });
    await expect(requestLaunchStop(operator, first.sessionId)).rejects.toThrow("already ended");
  });

  it("refuses viewers, unknown identities and unacknowledged warnings, storing nothing", async () => {
    const project = await registerProject("guarded");
    const before = await getDb().sessionHistory.count();
    await expect(
      launchSession(viewer, { projectId: project.id, identityId, acknowledged: true }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      launchSession(operator, {
        projectId: project.id,
        identityId: "00000000-0000-4000-8000-000000000000",
        acknowledged: true,
      }),
    ).rejects.toThrow("Unknown identity.");
    expect(await getDb().sessionHistory.count()).toBe(before);
    expect(await getDb().outboxEvent.count({ where: { sentAt: null } })).toBe(0);
  });
});

describe("registering a project", () => {
  it("confines the folder to the allowed roots, symlinks included, and reports non-git folders", async () => {
    const plain = path.join(root, "plain-folder");
    await mkdir(plain);
    const { project, isGitRepository } = await saveProject(operator, {
      name: "plain",
      path: plain,
      type: null,
      description: "<b>not bold</b>",
    });
    expect(isGitRepository).toBe(false);
    expect(project.description).toBe("<b>not bold</b>");

    const outside = await realpath(await mkdtemp(path.join(tmpdir(), "mc-outside-")));
    await symlink(outside, path.join(root, "escape"));
    const count = await getDb().projectWorkspace.count();
    for (const [folder, message] of [
      [outside, "outside the allowed folders"],
      [path.join(root, "escape"), "outside the allowed folders"],
      [path.join(root, "missing"), "does not exist"],
      [path.join(root, "plain-folder", "..", "..", "etc"), "outside the allowed folders"],
      ["relative/path", "Use an absolute path."],
    ] as const)
      await expect(
        saveProject(operator, { name: "sneaky", path: folder, type: null, description: null }),
      ).rejects.toThrow(message);
    await expect(
      saveProject(operator, { name: "plain", path: plain, type: null, description: null }),
    ).rejects.toThrow("Another project has this name.");
    expect(await getDb().projectWorkspace.count()).toBe(count);
    expect(
      await getDb().auditLog.count({
        where: { operation: "create_project", targetId: project.id },
      }),
    ).toBe(1);
  });
});
