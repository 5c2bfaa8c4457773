import { mkdtemp, realpath } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { missionRunFunction } from "@/inngest/functions/mission-run";
import { missionRunCancelledFunction } from "@/inngest/functions/mission-run-cancelled";
import { hashedSigningKey } from "@/inngest/local-runner/signing";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { getDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import { DEFAULT_AGENT_PROFILES } from "@/lib/settings/default-agent-profiles";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import {
  createMission,
  createMissionProject,
  finishedMission,
  startMission,
  unitPlan,
  unitsByKey,
  waitFor,
} from "@/tests/support/mission-fixtures";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// Whole missions run real agents, git and verification: slow when the machine is busy.
vi.setConfig({ testTimeout: 300_000 });
const database = setUpMigratedDatabase("missionfail");
let harness: Harness;
let dataDir: string;

const setScriptedTimeout = (timeoutSeconds: number) =>
  upsertSetting(
    "agent.profiles",
    DEFAULT_AGENT_PROFILES.map((profile) =>
      profile.kind === "scripted" ? { ...profile, timeoutSeconds } : profile,
    ),
  );

const edit = (file: string) => [{ path: file, content: `${file}\n` }];

beforeAll(async () => {
  dataDir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-missionfail-")));
  process.env.MC_DATA_DIR = dataDir;
  await setScriptedTimeout(5);
  harness = await startHarness(database.url, (client) => [
    missionRunFunction(client),
    missionRunCancelledFunction(client),
  ]);
});
afterAll(() => harness.stop());

describe("a mission's units", () => {
  it("end with a visible reason when the agent crashes, hangs, stalls at a prompt or breaks the marker", async () => {
    const keys = ["good", "crash", "hang", "prompt", "malformed", "garbage"];
    const project = await createMissionProject(dataDir, "misbehaving", {
      rounds: [
        {
          plan: keys.map((key) => unitPlan(key)),
          critic: [{ verdict: "sufficient", feedback: "ok" }],
        },
      ],
      units: {
        good: { behaviour: "ok", edits: edit("good.txt") },
        crash: { behaviour: "crash" },
        hang: { behaviour: "hang" },
        prompt: { behaviour: "permission-prompt" },
        malformed: { behaviour: "malformed-marker", edits: edit("malformed.txt") },
        garbage: { behaviour: "garbage" },
      },
    });
    const mission = await createMission(project.id, { workers: 6, maxRounds: 1 });
    await startMission(harness, mission.id);
    const finished = await finishedMission(mission.id);
    expect(finished.status).toBe("succeeded");
    expect(finished.stopReason).toBe("max rounds reached (1)");

    const units = await unitsByKey(mission.id);
    expect(units.good?.status).toBe("merged");
    expect(units.crash).toMatchObject({
      status: "failed",
      reason: "the agent crashed (exit code 1)",
    });
    expect(units.hang).toMatchObject({ status: "failed", reason: "timed out after 5 s" });
    expect(units.prompt?.status).toBe("failed");
    expect(units.prompt?.reason).toMatch(/^stopped at a permission prompt: .*\[y\/N\]/);
    expect(units.malformed?.status).toBe("failed");
    expect(units.malformed?.reason).toContain("malformed MC_RESULT");
    expect(units.garbage).toMatchObject({
      status: "failed",
      reason: "no MC_RESULT marker in the output",
    });
    const rawOutput = await getDb().unitOutputLine.findMany({
      where: { unitId: units.malformed?.id },
    });
    expect(rawOutput.map((line) => line.line).join("\n")).toContain("MC_RESULT: {");
    const branches = await git(project.path, ["branch", "--list", "mc/unit/*"]);
    expect(branches).toBe("");
  });

  it("under the fix-up policy, a merge that breaks the tests gets a fix-up unit, or is undone when the fix fails", async () => {
    const failing = `import assert from "node:assert/strict";\nimport { test } from "node:test";\ntest("bad", () => assert.equal(1, 2));\n`;
    const passing = `import { test } from "node:test";\ntest("fine", () => {});\n`;
    const project = await createMissionProject(dataDir, "fixups", {
      rounds: [
        {
          plan: [
            unitPlan("breaks", ["tests/bad.test.mjs"]),
            unitPlan("breaks-again", ["tests/worse.test.mjs"]),
          ],
          critic: [{ verdict: "sufficient", feedback: "ok" }],
        },
      ],
      units: {
        breaks: { behaviour: "ok", edits: [{ path: "tests/bad.test.mjs", content: failing }] },
        "fixup-breaks": {
          behaviour: "ok",
          edits: [{ path: "tests/bad.test.mjs", content: passing }],
        },
        "breaks-again": {
          behaviour: "ok",
          edits: [{ path: "tests/worse.test.mjs", content: failing }],
        },
        "fixup-breaks-again": {
          behaviour: "ok",
          edits: [{ path: "README.md", content: "no fix\n" }],
        },
      },
    });
    const mission = await createMission(project.id, { workers: 1, maxRounds: 1 });
    await getDb().mission.update({ where: { id: mission.id }, data: { fixupPolicy: "fixup" } });
    await startMission(harness, mission.id);
    const finished = await finishedMission(mission.id);
    expect(finished.status).toBe("succeeded");
    expect(finished.resultSummary).toContain("Final verification passed");
    const units = await unitsByKey(mission.id);
    expect(units.breaks?.status).toBe("merged");
    expect(units.breaks?.reason).toContain("fixed by");
    expect(units["fixup-breaks"]?.status).toBe("merged");
    expect(units["breaks-again"]?.status).toBe("reverted");
    expect(units["fixup-breaks-again"]).toMatchObject({
      status: "reverted",
      reason: "the fix-up did not make the verification pass",
    });
    expect(await git(project.path, ["show", "mc/green:tests/bad.test.mjs"])).toContain("fine");
    await expect(git(project.path, ["show", "mc/green:tests/worse.test.mjs"])).rejects.toThrow();
  });

  it("stops when a person cancels, ending the running unit and cleaning up", async () => {
    const project = await createMissionProject(dataDir, "cancelled", {
      rounds: [{ plan: [unitPlan("slow")], critic: [{ verdict: "sufficient", feedback: "ok" }] }],
      units: { slow: { behaviour: "hang" } },
    });
    await setScriptedTimeout(120);
    const mission = await createMission(project.id);
    await startMission(harness, mission.id);
    await waitFor(() =>
      getDb().workUnit.findFirst({ where: { missionId: mission.id, status: "running" } }),
    );
    await getDb().mission.update({
      where: { id: mission.id },
      data: { cancelRequestedAt: new Date() },
    });
    const finished = await finishedMission(mission.id);
    expect(finished).toMatchObject({ status: "cancelled", stopReason: "cancelled by a person" });
    expect((await unitsByKey(mission.id)).slow).toMatchObject({
      status: "cancelled",
      reason: "cancelled",
    });
    expect(await git(project.path, ["branch", "--list", "mc/unit/*"])).toBe("");
  });

  it("ends as cancelled, its agent stopped, when an admin cancels the mission's run", async () => {
    const project = await createMissionProject(dataDir, "run-cancelled", {
      rounds: [{ plan: [unitPlan("slow")], critic: [{ verdict: "sufficient", feedback: "ok" }] }],
      units: { slow: { behaviour: "hang" } },
    });
    await setScriptedTimeout(120);
    const mission = await createMission(project.id);
    await startMission(harness, mission.id);
    const running = await waitFor(() =>
      getDb().workUnit.findFirst({
        where: { missionId: mission.id, status: "running", agentPid: { not: null } },
      }),
    );
    const { rows } = await harness.runner.db.query<{ run_id: string }>(
      "SELECT run_id FROM inngest_runner.runs WHERE event->'data'->>'missionId' = $1",
      [mission.id],
    );
    const response = await fetch(`${harness.runnerUrl}/v1/runs/${rows[0]?.run_id}/cancel`, {
      method: "POST",
      headers: { authorization: `Bearer ${hashedSigningKey(harness.keys.signingKey)}` },
    });
    expect(response.status).toBe(200);
    const finished = await finishedMission(mission.id);
    expect(finished).toMatchObject({ status: "cancelled", stopReason: "its run was cancelled" });
    expect((await unitsByKey(mission.id)).slow?.status).toBe("cancelled");
    expect(() => process.kill(running.agentPid as number, 0)).toThrow();
    expect(await git(project.path, ["branch", "--list", "mc/unit/*"])).toBe("");
    const audit = await getDb().auditLog.findFirst({
      where: { targetId: mission.id, operation: "cancel_mission" },
    });
    expect(audit?.details).toEqual({ reason: "its run was cancelled" });
  });
});
