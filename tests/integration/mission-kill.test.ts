import { mkdtemp, readdir, realpath, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa, type ResultPromise } from "execa";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import { freePort } from "@/tests/support/free-port";
import { testKeys } from "@/tests/support/inngest-harness";
import {
  createMission,
  createMissionProject,
  finishedMission,
  unitPlan,
  waitFor,
} from "@/tests/support/mission-fixtures";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// Whole missions run real agents, git and verification: slow when the machine is busy.
vi.setConfig({ testTimeout: 300_000 });
const database = setUpMigratedDatabase("missionkill");
const keys = testKeys();
const runnerPort = await freePort();
const appPort = await freePort();
let dataDir: string;
let host: ResultPromise | undefined;

// Verification that takes a moment and says when it starts (a file in the verify worktree, the
// one place of the host's it may write), so the test can kill mid-merge.
const VERIFY = `import { writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
writeFileSync("verifying-" + process.pid, "");
await new Promise((resolve) => setTimeout(resolve, 1500));
execFileSync(process.execPath, ["--test"], { stdio: "inherit" });
`;

async function startHost() {
  host = execa(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/support/mission-host.ts"],
    {
      env: {
        DATABASE_URL: database.url,
        MC_DATA_DIR: dataDir,
        INNGEST_SIGNING_KEY: keys.signingKey,
        INNGEST_EVENT_KEY: keys.eventKey,
        INNGEST_BASE_URL: `http://127.0.0.1:${runnerPort}`,
        MC_HOST_APP_PORT: String(appPort),
      },
      reject: false,
      stdout: "pipe",
      stderr: "inherit",
    },
  );
  // Ready once the runner has synced the app's functions, not merely listening.
  await new Promise<void>((resolve, reject) => {
    host?.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("mission host ready")) resolve();
    });
    void host?.then((result) => reject(new Error(`The host exited: ${result.exitCode}`)));
  });
}

async function killHost() {
  host?.kill("SIGKILL");
  await host;
}

beforeAll(async () => {
  dataDir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-missionkill-")));
  process.env.MC_DATA_DIR = dataDir;
});
afterAll(async () => {
  await killHost();
});

describe("a mission killed mid-way", () => {
  it("finishes after a restart with each unit merged once and green passing, killed during a unit and during a merge", async () => {
    const keysOf = ["one", "two", "three", "four"];
    const project = await createMissionProject(dataDir, "killed", {
      rounds: [
        {
          plan: keysOf.map((key) => unitPlan(key)),
          critic: [{ verdict: "sufficient", feedback: "ok" }],
        },
      ],
      units: Object.fromEntries(
        keysOf.map((key) => [
          key,
          { behaviour: "ok", delayMs: 3000, edits: [{ path: `${key}.txt`, content: key }] },
        ]),
      ),
    });
    await writeFile(path.join(project.path, "verify.mjs"), VERIFY);
    await git(project.path, ["add", "verify.mjs"]);
    await git(project.path, ["commit", "--quiet", "--message", "Slow verification"]);
    await getDb().projectMissionSettings.update({
      where: { projectId: project.id },
      data: { verifyCommand: ["node", "verify.mjs"] },
    });
    const mission = await createMission(project.id, { workers: 2, maxRounds: 1 });

    await startHost();
    await fetch(`http://127.0.0.1:${runnerPort}/e/${keys.eventKey}`, {
      method: "POST",
      body: JSON.stringify({
        name: "mission/mission.start-requested",
        data: { missionId: mission.id },
      }),
    });

    // Killed while units run: their agents are left behind as orphans.
    const running = await waitFor(() =>
      getDb().workUnit.findFirst({
        where: { missionId: mission.id, status: "running", agentPid: { not: null } },
      }),
    );
    await killHost();
    await startHost();

    // Killed while a merge batch's verification runs.
    const verifyWorktree = path.join(dataDir, "worktrees", project.id, "verify-0");
    await waitFor(async () =>
      (await readdir(verifyWorktree).catch(() => [])).some((name) => name.startsWith("verifying-")),
    );
    await killHost();
    await startHost();

    const finished = await finishedMission(mission.id);
    expect(finished.status).toBe("succeeded");
    expect(finished.resultSummary).toContain("4 of 4 units merged");
    expect(finished.resultSummary).toContain("Final verification passed");
    const units = await getDb().workUnit.findMany({ where: { missionId: mission.id } });
    expect(units.every((unit) => unit.status === "merged")).toBe(true);
    expect(units.find((unit) => unit.id === running.id)?.attempts).toBeGreaterThan(1);
    // The agent the killed host left behind is gone (it dies on its next write to the closed
    // pipe, or the unit's second run ends its process group).
    expect(() => process.kill(running.agentPid as number, 0)).toThrow();
    const mergeSubjects = (
      await git(project.path, ["log", "--merges", "--format=%s", "mc/green"])
    ).split("\n");
    for (const unit of units)
      expect(
        mergeSubjects.filter((subject) => subject.includes(`mc/unit/${unit.id}`)),
      ).toHaveLength(1);
    expect(await getDb().merge.count({ where: { missionId: mission.id, status: "merged" } })).toBe(
      4,
    );
    // The batch the kill interrupted was finished by the restarted host, not begun again.
    const batches = await getDb().mergeBatch.findMany({ where: { missionId: mission.id } });
    expect(batches.every((batch) => batch.finishedAt)).toBe(true);
    expect(batches.flatMap((batch) => batch.landedUnitIds).sort()).toEqual(
      units.map((unit) => unit.id).sort(),
    );
    await expect(
      execa("node", ["--test"], { cwd: path.join(dataDir, "worktrees", project.id, "green") }),
    ).resolves.toBeTruthy();
  });
});
