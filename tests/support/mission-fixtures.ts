import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { getDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import type { Harness } from "@/tests/support/inngest-harness";

const PASSING_TEST = `import assert from "node:assert/strict";
import { test } from "node:test";
test("passes", () => assert.ok(true));
`;

/**
 * A real repository whose verification is `node --test`, with a mission script committed and a
 * bare `origin` to push green to.
 */
export async function createMissionProject(dataDir: string, name: string, script: object) {
  const repo = path.join(dataDir, "projects", name);
  await mkdir(path.join(repo, ".mission-control"), { recursive: true });
  await mkdir(path.join(repo, "tests"), { recursive: true });
  await writeFile(path.join(repo, "tests", "ok.test.mjs"), PASSING_TEST);
  await writeFile(path.join(repo, "README.md"), `# ${name}\n`);
  await writeFile(
    path.join(repo, ".mission-control", "mission-script.json"),
    JSON.stringify(script),
  );
  await git(repo, ["init", "--quiet", "--initial-branch=main"]);
  await git(repo, ["add", "--all"]);
  await git(repo, ["commit", "--quiet", "--message", "Initial commit"]);
  const remote = path.join(dataDir, "remotes", `${name}.git`);
  await mkdir(remote, { recursive: true });
  await git(remote, ["init", "--quiet", "--bare", "--initial-branch=main"]);
  await git(repo, ["remote", "add", "origin", remote]);
  const project = await getDb().projectWorkspace.create({ data: { name, path: repo } });
  await getDb().projectMissionSettings.create({
    data: { projectId: project.id, verifyCommand: ["node", "--test"], pushRemote: "origin" },
  });
  return { ...project, remote };
}

export async function createMission(
  projectId: string,
  overrides: Partial<{
    workers: number;
    maxRounds: number;
    approvalPolicy: string;
    chain: boolean;
    largeMergeLines: number;
    budgetUsd: number;
    agentProfileId: string;
    toolRefusedPolicy: "fail" | "ask";
  }> = {},
) {
  return getDb().mission.create({
    data: {
      projectId,
      objective: "Exercise the loop",
      workers: 4,
      maxRounds: 3,
      wallTimeMinutes: 30,
      agentProfileId: "scripted",
      approvalPolicy: "never",
      ...overrides,
    },
  });
}

/** Sends the start event as the app does: the project keys the one-mission-at-a-time limit. */
export async function startMission(harness: Harness, missionId: string) {
  const { projectId } = await getDb().mission.findUniqueOrThrow({
    where: { id: missionId },
    select: { projectId: true },
  });
  await harness.client.send({
    name: "mission/mission.start-requested",
    data: { missionId, projectId },
  });
}

/** Polls until `read` gives a value; on timeout the error shows the missions' state. */
export async function waitFor<T>(
  read: () => Promise<T | null | undefined | false>,
  timeoutMs = 180_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const missions = await getDb().mission.findMany({
    select: {
      status: true,
      stopReason: true,
      units: { select: { unitKey: true, status: true, reason: true } },
      approvals: { select: { kind: true, status: true } },
    },
  });
  throw new Error(`Timed out waiting. Missions: ${JSON.stringify(missions)}`);
}

export function finishedMission(missionId: string) {
  return waitFor(async () => {
    const mission = await getDb().mission.findUniqueOrThrow({ where: { id: missionId } });
    return mission.finishedAt ? mission : null;
  });
}

export function unitsByKey(missionId: string) {
  return getDb()
    .workUnit.findMany({ where: { missionId }, orderBy: { position: "asc" } })
    .then((units) => Object.fromEntries(units.map((unit) => [unit.unitKey, unit])));
}

export const unitPlan = (key: string, files: string[] = [`${key}.txt`]) => ({
  key,
  title: `Unit ${key}`,
  description: `Does ${key}.`,
  files_hint: files,
  depends_on: [],
  acceptance: "it works",
});

/** Resolves once a mission function waits for a person's answer, as a person sees the request. */
export async function functionWaits() {
  await waitFor(async () => {
    const [row] = await getDb().$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM inngest_runner.waits`;
    return row?.n;
  });
}
