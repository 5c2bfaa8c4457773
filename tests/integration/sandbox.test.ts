import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, realpath, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionLaunchFunction } from "@/inngest/functions/session-launch";
import { runAgent } from "@/lib/agents/run-agent";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { getDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { createUnitWorktree } from "@/lib/git/create-unit-worktree";
import { git } from "@/lib/git/git";
import { runVerification } from "@/lib/git/run-verification";
import { loadOrCreateSecrets, type Secrets } from "@/lib/runtime/secrets";
import { launchSession } from "@/lib/services/launcher/launch-session";
import { deliverOutbox } from "@/lib/services/outbox/deliver-outbox";
import { saveProject } from "@/lib/services/projects/save-project";
import { DEFAULT_AGENT_PROFILES } from "@/lib/settings/default-agent-profiles";
import { SECRET_MASK } from "@/lib/subprocess/redact-secrets";
import { sandboxStatus } from "@/lib/subprocess/sandbox-status";
import { createTestActor } from "@/tests/support/create-test-actor";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// Agents and verification commands run in the bubblewrap sandbox: what they try to read of
// Mission Control's data directory, the database and other projects is not there, while their
// own worktree works as usual. Secrets a command prints are stored masked.

const database = setUpMigratedDatabase("sandbox");
const scripted = DEFAULT_AGENT_PROFILES.find((profile) => profile.kind === "scripted");
if (!scripted) throw new Error("no scripted profile");
const profile = { ...scripted, timeoutSeconds: 20, env: { MC_SCRIPTED_AGENT_DELAY_MS: "10" } };

let root: string;
let dataDir: string;
let secrets: Secrets;
let worktree: string;
/** What a command must not reach, each readable outside the sandbox. */
let forbidden: { name: string; target: string }[];
let harness: Harness;
let saved: Record<string, string | undefined>;

async function repository(dir: string, files: Record<string, string>) {
  await mkdir(dir, { recursive: true });
  await git(dir, ["init", "-q", "-b", "main"]);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  await git(dir, ["add", "."]);
  await git(dir, ["commit", "-q", "-m", "First"]);
  return dir;
}

const gitIdentity = ["-c", "user.name=Checker", "-c", "user.email=checker@localhost"];

beforeAll(async () => {
  root = await realpath(await mkdtemp(path.join(tmpdir(), "mc-sandbox-")));
  dataDir = path.join(root, "data");
  secrets = await loadOrCreateSecrets(dataDir);
  saved = {
    MC_DATA_DIR: process.env.MC_DATA_DIR,
    AUTH_SECRET: process.env.AUTH_SECRET,
    INNGEST_SIGNING_KEY: process.env.INNGEST_SIGNING_KEY,
  };
  // As the supervisor hands them to the app: the secrets of this data directory.
  Object.assign(process.env, {
    MC_DATA_DIR: dataDir,
    AUTH_SECRET: secrets.authSecret,
    INNGEST_SIGNING_KEY: secrets.inngestSigningKey,
  });
  resetEnvCache();
  await mkdir(path.join(dataDir, "postgres"));
  await writeFile(path.join(dataDir, "postgres", "PG_VERSION"), "15\n");

  const alpha = await repository(path.join(root, "projects", "alpha"), { "README.md": "# a\n" });
  const beta = await repository(path.join(root, "projects", "beta"), { "plan.md": "beta's plan" });
  worktree = (
    await createUnitWorktree({
      repo: alpha,
      worktreeRoot: path.join(dataDir, "worktrees", "alpha"),
      unitId: "u1",
      fromCommit: "main",
    })
  ).path;
  const betaWorktree = await createUnitWorktree({
    repo: beta,
    worktreeRoot: path.join(dataDir, "worktrees", "beta"),
    unitId: "u2",
    fromCommit: "main",
  });
  const [row] = await getDb().$queryRaw<{ data_directory: string }[]>`SHOW data_directory`;
  forbidden = [
    { name: "the secrets file", target: path.join(dataDir, "secrets.json") },
    { name: "the embedded database's folder", target: path.join(dataDir, "postgres") },
    { name: "the database server's data directory", target: row?.data_directory ?? "" },
    { name: "another project's worktree", target: path.join(betaWorktree.path, "plan.md") },
    { name: "another project's checkout", target: beta },
  ];
  for (const { target } of forbidden) expect(existsSync(target)).toBe(true);
  await upsertSetting("projects.allowed_roots", [root]);
  await upsertSetting("agent.profiles", [profile]);
  await upsertSetting("agent.default_profile", profile.id);
  harness = await startHarness(database.url, (client) => [sessionLaunchFunction(client)]);
});

afterAll(async () => {
  await harness?.stop();
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  resetEnvCache();
});

describe("the sandbox of agents and verification commands", () => {
  it("is on on this machine", async () => {
    expect(await sandboxStatus()).toMatchObject({ on: true });
  });

  it("hides the data directory, the database and other projects from a verification command", async () => {
    for (const { name, target } of forbidden) {
      const read = await runVerification({
        cwd: worktree,
        command: ["sh", "-c", 'cat "$1" || ls "$1"', "sh", target],
        timeoutMs: 10_000,
      });
      expect(read.passed, name).toBe(false);
      expect(read.output, name).toContain("No such file or directory");
    }
    const listed = await runVerification({
      cwd: worktree,
      command: [
        "sh",
        "-c",
        'ls -A "$HOME"; for dir in /tmp "$@"; do echo "$dir:" $(ls -A "$dir"); done',
        "sh",
        root,
        dataDir,
        path.join(dataDir, "worktrees"),
        path.join(root, "projects"),
        path.join(root, "projects", "alpha"),
      ],
      timeoutMs: 10_000,
    });
    // An empty HOME of its own; of the folders above the worktree, only the way to it and to
    // the repository's .git.
    expect(listed.passed).toBe(true);
    expect(listed.output.trimEnd().split("\n")).toEqual([
      `/tmp: ${path.basename(root)}`,
      `${root}: data projects`,
      `${dataDir}: worktrees`,
      `${path.join(dataDir, "worktrees")}: alpha`,
      `${path.join(root, "projects")}: alpha`,
      `${path.join(root, "projects", "alpha")}: .git`,
    ]);
  });

  it("lets a verification command work and commit in its own worktree", async () => {
    const made = await runVerification({
      cwd: worktree,
      command: [
        "sh",
        "-c",
        `echo checked > verified.txt && git add verified.txt && git ${gitIdentity.join(" ")} commit -qm Verified && git log -1 --format=%s`,
      ],
      timeoutMs: 10_000,
    });
    expect(made).toMatchObject({ passed: true, output: "Verified\n" });
    expect(await readFile(path.join(worktree, "verified.txt"), "utf8")).toBe("checked\n");
    expect(await git(worktree, ["log", "-1", "--format=%s"])).toBe("Verified");
  });

  it("keeps git's config, hooks and the worktree's link read-only, so nothing runs outside it", async () => {
    const tamper = await runVerification({
      cwd: worktree,
      command: [
        "sh",
        "-c",
        'git config core.hooksPath /tmp; echo x > "$(git rev-parse --git-common-dir)/hooks/post-merge"; echo "gitdir: /tmp" > .git',
      ],
      timeoutMs: 10_000,
    });
    expect(tamper.passed).toBe(false);
    expect(tamper.output).toMatch(/could not lock config file|Read-only file system/);
    const commonDir = await git(worktree, [
      "rev-parse",
      "--path-format=absolute",
      "--git-common-dir",
    ]);
    expect(await readdir(path.join(commonDir, "hooks"))).not.toContain("post-merge");
    expect(await readdir(commonDir)).not.toContain("config.lock");
    expect(await git(worktree, ["config", "--get", "core.hooksPath"]).catch(() => "")).toBe("");
    expect(await readFile(path.join(worktree, ".git"), "utf8")).toMatch(/^gitdir: .*worktrees/);
  });

  it("hides the same from a scripted agent, which still writes and commits in its worktree", async () => {
    await mkdir(path.join(worktree, ".mission-control"), { recursive: true });
    await writeFile(
      path.join(worktree, ".mission-control", "agent-script.json"),
      JSON.stringify({
        steps: [
          ...forbidden.map(({ target }) => ({ read: target })),
          { read: dataDir },
          { write: { path: "agent.txt", content: "from the agent\n" } },
          { add: ["agent.txt"] },
          { commit: "The agent's change" },
        ],
        result: "Done in the sandbox.",
      }),
    );
    const agent = await runAgent({ profile, prompt: "Look around.", cwd: worktree });
    expect(agent.run.exitCode).toBe(0);
    for (const { name, target } of forbidden)
      expect(agent.text, name).toContain(`cannot read ${target}: ENOENT`);
    expect(agent.text).toContain(`read ${dataDir}: worktrees`);
    expect(agent.text).not.toContain(secrets.authSecret);
    expect(agent.text).toContain("Done in the sandbox.");
    expect(await git(worktree, ["log", "-1", "--format=%s"])).toBe("The agent's change");
    expect(await readFile(path.join(worktree, "agent.txt"), "utf8")).toBe("from the agent\n");
  });

  it("stores a secret a command prints masked: verification output and a launch's output", async () => {
    const printed = await runVerification({
      cwd: worktree,
      command: ["echo", `auth=${secrets.authSecret} key=${secrets.inngestSigningKey}`],
      timeoutMs: 10_000,
    });
    expect(printed.output).toBe(`auth=${SECRET_MASK} key=${SECRET_MASK}\n`);

    const project = await repository(path.join(root, "projects", "gamma"), {
      ".mission-control/agent-script.json": JSON.stringify({
        steps: [
          { say: `I found AUTH_SECRET=${secrets.authSecret}` },
          { stderr: `signing key ${secrets.inngestSigningKey.replace(/^signkey-prod-/, "")}` },
        ],
        result: `Finished with ${secrets.authSecret}`,
      }),
    });
    const operator = await createTestActor("operator");
    const saved = await saveProject(operator, {
      name: "gamma",
      path: project,
      type: "web",
      description: null,
    });
    const identity = await getDb().identity.create({
      data: { name: "sandbox-identity", platform: "scripted", roleDescription: "test" },
    });
    const { sessionId } = await launchSession(operator, {
      projectId: saved.project.id,
      identityId: identity.id,
      acknowledged: true,
    });
    await deliverOutbox((events) => harness.client.send(events as never), new Date());
    await harness.settled("session-launch", 1, 30_000);
    const lines = (
      await getDb().sessionOutputLine.findMany({ where: { sessionId }, orderBy: { seq: "asc" } })
    ).map((line) => `${line.stream}: ${line.line}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        `stdout: I found AUTH_SECRET=${SECRET_MASK}`,
        `stderr: signing key ${SECRET_MASK}`,
      ]),
    );
    const launch = await getDb().sessionLaunch.findUniqueOrThrow({ where: { sessionId } });
    expect(launch.outcome).toBe(`Finished with ${SECRET_MASK}`);
    const stored = JSON.stringify({ lines, launch });
    expect(stored).not.toContain(secrets.authSecret);
    expect(stored).not.toContain(secrets.inngestSigningKey.slice(-40));
    expect(await readdir(dataDir)).toContain("secrets.json");
  });
});
