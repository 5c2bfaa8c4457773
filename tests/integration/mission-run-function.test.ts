import { mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { missionRunFunction } from "@/inngest/functions/mission-run";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import {
  createMission,
  createMissionProject,
  finishedMission,
  startMission,
  unitPlan,
} from "@/tests/support/mission-fixtures";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// The shipped mission-run definition: its retries, its per-project concurrency and its onFailure.
vi.setConfig({ testTimeout: 300_000 });
const database = setUpMigratedDatabase("missionfn");
let harness: Harness;
let dataDir: string;

beforeAll(async () => {
  dataDir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-missionfn-")));
  process.env.MC_DATA_DIR = dataDir;
  harness = await startHarness(database.url, (client) => [missionRunFunction(client)]);
});
afterAll(() => harness.stop());

const oneUnit = (delayMs: number) => ({
  rounds: [{ plan: [unitPlan("only")], critic: [{ verdict: "sufficient", feedback: "ok" }] }],
  units: {
    only: { behaviour: "ok", delayMs, edits: [{ path: "log.txt", append: "one more line\n" }] },
  },
});

describe("the mission-run function as shipped", () => {
  it("tries a mission whose repository is gone three times, then ends it as failed", async () => {
    const project = await createMissionProject(dataDir, "vanished", oneUnit(0));
    await rm(project.path, { recursive: true, force: true });
    await rm(project.remote, { recursive: true, force: true });
    const mission = await createMission(project.id, { maxRounds: 1 });

    await startMission(harness, mission.id);
    const [run] = await harness.settled("mission-run", 1, 120_000);

    expect(run?.status).toBe("failed");
    const finished = await finishedMission(mission.id);
    expect(finished.status).toBe("failed");
    expect(finished.stopReason).toBe("the mission run failed");
    // Three attempts (retries: 2); the attempt number counts from 0.
    const prepare = (await harness.stepsOf(run?.run_id ?? "")).find(
      (step) => step.name === "prepare",
    );
    expect(prepare).toMatchObject({ status: "failed", attempt: 2 });
  });

  it("runs one mission of a project at a time, and missions of other projects beside it", async () => {
    const first = await createMissionProject(dataDir, "first", oneUnit(3_000));
    const second = await createMissionProject(dataDir, "second", oneUnit(3_000));
    const missions = [
      await createMission(first.id, { maxRounds: 1 }),
      await createMission(first.id, { maxRounds: 1 }),
      await createMission(second.id, { maxRounds: 1 }),
    ];
    for (const mission of missions) await startMission(harness, mission.id);
    const [a, b, c] = await Promise.all(missions.map((mission) => finishedMission(mission.id)));

    expect([a, b, c].map((mission) => mission?.status)).toEqual([
      "succeeded",
      "succeeded",
      "succeeded",
    ]);
    const [earlier, later] = [a, b].sort(
      (x, y) => (x?.startedAt?.getTime() ?? 0) - (y?.startedAt?.getTime() ?? 0),
    );
    expect(later?.startedAt?.getTime()).toBeGreaterThanOrEqual(earlier?.finishedAt?.getTime() ?? 0);
    const otherProject = c?.startedAt?.getTime() ?? 0;
    expect(otherProject).toBeLessThan(earlier?.finishedAt?.getTime() ?? 0);
  });
});
