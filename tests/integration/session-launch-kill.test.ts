import { mkdir, mkdtemp, readdir, readFile, realpath, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { getDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import { launchSession } from "@/lib/services/launcher/launch-session";
import { runSessionLaunch } from "@/lib/services/launcher/run-session-launch";
import { saveProject } from "@/lib/services/projects/save-project";
import { DEFAULT_AGENT_PROFILES } from "@/lib/settings/default-agent-profiles";
import { createTestActor } from "@/tests/support/create-test-actor";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("launchkill");
let operator: Actor;
let root: string;

/** Live processes (zombies excluded) whose environment names this launch. */
async function agentsOfLaunch(sessionId: string) {
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const environ = await readFile(`/proc/${entry}/environ`, "utf8").catch(() => "");
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    if (environ.split("\0").includes(`MC_SESSION_ID=${sessionId}`) && !/\) Z /.test(stat))
      pids.push(Number(entry));
  }
  return pids;
}

beforeAll(async () => {
  root = await realpath(await mkdtemp(path.join(tmpdir(), "mc-launchkill-")));
  await upsertSetting("projects.allowed_roots", [root]);
  await upsertSetting(
    "agent.profiles",
    DEFAULT_AGENT_PROFILES.map((profile) =>
      profile.kind === "scripted"
        ? { ...profile, timeoutSeconds: 60, env: { MC_SCRIPTED_AGENT_DELAY_MS: "20" } }
        : profile,
    ),
  );
  operator = await createTestActor("operator");
});

/** A launch whose agent hangs, its step run by a host process that is killed mid-run. */
async function launchKilledMidRun(name: string, hostEnv: Record<string, string> = {}) {
  const dir = path.join(root, name);
  const script = path.join(dir, ".mission-control", "agent-script.json");
  await mkdir(path.dirname(script), { recursive: true });
  await git(dir, ["init", "-q", "-b", "main"]);
  await writeFile(script, JSON.stringify({ steps: [{ say: "working" }, { hang: true }] }));
  const { project } = await saveProject(operator, {
    name,
    path: dir,
    type: "web",
    description: null,
  });
  const identity = await getDb().identity.create({
    data: { name: `launch-kill-${name}`, platform: "claude-code-console", roleDescription: "test" },
  });
  const { sessionId } = await launchSession(operator, {
    projectId: project.id,
    identityId: identity.id,
    acknowledged: true,
  });

  const host = execa(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/support/launch-host.ts"],
    {
      env: { DATABASE_URL: database.url, MC_LAUNCH_SESSION_ID: sessionId, ...hostEnv },
      reject: false,
    },
  );
  // Killed once the agent has said its line and gone quiet (a later write would end it early).
  await expect
    .poll(() => getDb().sessionOutputLine.count({ where: { sessionId, line: "working" } }), {
      timeout: 30_000,
    })
    .toBe(1);
  const agentPid = (await getDb().sessionLaunch.findUniqueOrThrow({ where: { sessionId } }))
    .agentPid as number;
  host.kill("SIGKILL");
  await host;
  await writeFile(script, JSON.stringify({ steps: [{ say: "second run" }], result: "done" }));
  return { sessionId, agentPid };
}

const linesOf = async (sessionId: string) =>
  (await getDb().sessionOutputLine.findMany({ where: { sessionId }, orderBy: { seq: "asc" } })).map(
    (line) => line.line,
  );

describe("a session launch killed mid-run", () => {
  it("ends the agent the dead runner left behind when it runs again, leaving one agent (no sandbox)", async () => {
    const { sessionId, agentPid } = await launchKilledMidRun("orphan", { MC_SANDBOX: "off" });
    // The agent leads its own process group, so it outlived the runner that started it.
    expect(await agentsOfLaunch(sessionId)).toEqual([agentPid]);

    const outcome = await runSessionLaunch(sessionId);

    expect(outcome.status).toBe("succeeded");
    const lines = await linesOf(sessionId);
    expect(lines).toContain(`Ended the agent the runner left behind (process ${agentPid}).`);
    expect(lines).toContain("second run");
    await expect.poll(() => agentsOfLaunch(sessionId), { timeout: 5_000 }).toEqual([]);
  });

  it("ends a sandboxed agent with the runner that started it, and runs it again to the end", async () => {
    const { sessionId } = await launchKilledMidRun("sandboxed");
    await expect.poll(() => agentsOfLaunch(sessionId), { timeout: 5_000 }).toEqual([]);

    const outcome = await runSessionLaunch(sessionId);

    expect(outcome.status).toBe("succeeded");
    const lines = await linesOf(sessionId);
    expect(lines).toContain("The runner stopped while the agent ran; starting the agent again.");
    expect(lines).toContain("second run");
    expect(lines.join("\n")).not.toContain("Ended the agent the runner left behind");
  });
});
