import { mkdtemp, realpath } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { missionRunFunction } from "@/inngest/functions/mission-run";
import { getDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import {
  createMission,
  createMissionProject,
  finishedMission,
  startMission,
  unitPlan,
  unitsByKey,
} from "@/tests/support/mission-fixtures";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// Whole missions run real agents, git and verification: slow when the machine is busy.
vi.setConfig({ testTimeout: 300_000 });
const database = setUpMigratedDatabase("mergetrain");
let harness: Harness;
let dataDir: string;

const FAILING = `import assert from "node:assert/strict";\nimport { test } from "node:test";\ntest("bad", () => assert.equal(1, 2));\n`;
const PASSING = `import { test } from "node:test";\ntest("fine", () => {});\n`;

type UnitScript = { behaviour: "ok"; edits: { path: string; content: string }[] };
const adds = (key: string): UnitScript => ({
  behaviour: "ok",
  edits: [{ path: `${key}.txt`, content: `${key}\n` }],
});
const breaks = (key: string): UnitScript => ({
  behaviour: "ok",
  edits: [{ path: `tests/${key}.test.mjs`, content: FAILING }],
});

/** A one-round mission of independent units (distinct files: one layer) with these scripts. */
async function trainMission(
  name: string,
  units: Record<string, UnitScript>,
  settings: { workers: number; mergeBatchSize?: number; fixupPolicy?: string },
  planned = Object.keys(units),
) {
  const project = await createMissionProject(dataDir, name, {
    rounds: [
      {
        plan: planned.map((key) => unitPlan(key)),
        critic: [{ verdict: "sufficient", feedback: "ok" }],
      },
    ],
    units,
  });
  const mission = await createMission(project.id, { workers: settings.workers, maxRounds: 1 });
  await getDb().mission.update({
    where: { id: mission.id },
    data: {
      mergeBatchSize: settings.mergeBatchSize ?? 8,
      fixupPolicy: settings.fixupPolicy ?? "revert",
    },
  });
  await startMission(harness, mission.id);
  const finished = await finishedMission(mission.id);
  const batches = await getDb().mergeBatch.findMany({
    where: { missionId: mission.id },
    orderBy: { position: "asc" },
  });
  const green = (await git(project.path, ["log", "--format=%s", "mc/green"])).split("\n");
  return { project, finished, units: await unitsByKey(mission.id), batches, green };
}

const verifications = (batch: { verifications: unknown }) =>
  (batch.verifications as { units: number; passed: boolean }[]).map((run) => [
    run.units,
    run.passed,
  ]);

beforeAll(async () => {
  dataDir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-mergetrain-")));
  process.env.MC_DATA_DIR = dataDir;
  harness = await startHarness(database.url, (client) => [missionRunFunction(client)]);
});
afterAll(() => harness.stop());

describe("the merge train", () => {
  it("verifies a passing batch whole once and lands it; a conflict inside it keeps that unit's branch and stops no other", async () => {
    const { project, finished, units, batches, green } = await trainMission(
      "train-pass",
      {
        a: adds("a"),
        b: { behaviour: "ok", edits: [{ path: "shared.txt", content: "from b\n" }] },
        c: { behaviour: "ok", edits: [{ path: "shared.txt", content: "from c\n" }] },
        d: adds("d"),
      },
      { workers: 4 },
    );
    expect(finished.status).toBe("succeeded");
    expect(finished.resultSummary).toContain("Final verification passed");
    expect([units.a, units.b, units.d].map((unit) => unit?.status)).toEqual([
      "merged",
      "merged",
      "merged",
    ]);
    expect(units.c).toMatchObject({ status: "conflicted" });
    expect(units.c?.reason).toContain("merge conflict in shared.txt");
    expect(await git(project.path, ["branch", "--list", `mc/unit/${units.c?.id}`])).not.toBe("");
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({
      status: "landed",
      conflictedUnitIds: [units.c?.id],
      blamedUnitIds: [],
    });
    expect(batches[0]?.landedUnitIds.sort()).toEqual(
      [units.a?.id, units.b?.id, units.d?.id].sort(),
    );
    // The whole chain passed; prefixes verified beside it, if they finished first, passed too.
    const runs = verifications(batches[0] as { verifications: unknown });
    expect(runs.filter(([units]) => units === 3)).toEqual([[3, true]]);
    expect(runs.every(([, passed]) => passed)).toBe(true);
    const merges = await getDb().merge.findMany({ where: { unitId: units.a?.id } });
    expect(merges[0]?.batchId).toBe(batches[0]?.id);
    expect(await git(project.path, ["rev-parse", "mc/green"])).toBe(batches[0]?.landedCommit);
    expect(green.filter((subject) => subject.startsWith("Merge mc/unit/"))).toHaveLength(3);
  });

  it("bisects a batch with one bad unit: only it is undone, the rest land, and green never held it", async () => {
    const { project, finished, units, batches, green } = await trainMission(
      "train-one-bad",
      { a: adds("a"), b: adds("b"), c: breaks("c"), d: adds("d"), e: adds("e") },
      { workers: 5 },
    );
    expect(finished.status).toBe("succeeded");
    expect(finished.resultSummary).toContain("Final verification passed");
    expect(units.c?.status).toBe("reverted");
    expect(units.c?.reason).toContain("bisecting merge batch #1 (5 units) blamed this unit");
    for (const key of ["a", "b", "d", "e"]) expect(units[key]?.status).toBe("merged");
    expect(batches[0]).toMatchObject({
      status: "bisected",
      blamedUnitIds: [units.c?.id],
      requeuedUnitIds: [],
    });
    // The units after it were verified without it in the same round, and landed with the batch.
    expect(batches[0]?.landedUnitIds.sort()).toEqual(
      [units.a?.id, units.b?.id, units.d?.id, units.e?.id].sort(),
    );
    // The whole batch failed, and prefixes of it until the third unit was found.
    const runs = verifications(batches[0] as { verifications: unknown });
    expect(runs).toContainEqual([5, false]);
    expect(runs).toContainEqual([2, true]);
    expect(runs).toContainEqual([3, false]);
    expect(batches).toHaveLength(1);
    expect(green.some((subject) => subject.includes(String(units.c?.id)))).toBe(false);
    expect(green.some((subject) => subject.startsWith("Revert"))).toBe(false);
    await expect(git(project.path, ["show", "mc/green:tests/c.test.mjs"])).rejects.toThrow();
  });

  it("finds two bad units in one batch, over two bisections, and undoes only those", async () => {
    const { finished, units, batches } = await trainMission(
      "train-two-bad",
      { a: adds("a"), b: breaks("b"), c: adds("c"), d: breaks("d"), e: adds("e"), f: adds("f") },
      { workers: 6 },
    );
    expect(finished.status).toBe("succeeded");
    expect(finished.resultSummary).toContain("4 of 6 units merged");
    expect(units.b?.status).toBe("reverted");
    expect(units.d?.status).toBe("reverted");
    for (const key of ["a", "c", "e", "f"]) expect(units[key]?.status).toBe("merged");
    expect(batches.flatMap((batch) => batch.blamedUnitIds)).toEqual([units.b?.id, units.d?.id]);
    // Smaller after each red batch.
    expect(batches.map((batch) => batch.size).slice(0, 2)).toEqual([8, 4]);
  });

  it("under the fix-up policy, a fix-up made on the blamed unit's candidate lands with it and the rest", async () => {
    const { project, finished, units, batches } = await trainMission(
      "train-fixup",
      {
        a: adds("a"),
        bad: breaks("bad"),
        "fixup-bad": {
          behaviour: "ok",
          edits: [{ path: "tests/bad.test.mjs", content: PASSING }],
        },
        c: adds("c"),
      },
      { workers: 3, fixupPolicy: "fixup" },
      ["a", "bad", "c"],
    );
    expect(finished.status).toBe("succeeded");
    expect(finished.resultSummary).toContain("Final verification passed");
    expect(units.bad).toMatchObject({ status: "merged" });
    expect(units.bad?.reason).toContain("fixed by");
    expect(units["fixup-bad"]?.status).toBe("merged");
    expect(units.a?.status).toBe("merged");
    expect(units.c?.status).toBe("merged");
    expect(batches[0]?.blamedUnitIds).toEqual([units.bad?.id]);
    expect(batches[0]?.landedUnitIds.sort()).toEqual(
      [units.a?.id, units.bad?.id, units["fixup-bad"]?.id].sort(),
    );
    expect(await git(project.path, ["show", "mc/green:tests/bad.test.mjs"])).toContain("fine");
  });

  it("with a batch size of 1 merges and verifies every unit alone, as before the train", async () => {
    const { finished, units, batches } = await trainMission(
      "train-one",
      { a: adds("a"), bad: breaks("bad"), c: adds("c") },
      { workers: 3, mergeBatchSize: 1 },
    );
    expect(finished.status).toBe("succeeded");
    expect(units.bad).toMatchObject({
      status: "reverted",
      reason: "verification failed after the merge, so it was undone",
    });
    expect(units.a?.status).toBe("merged");
    expect(units.c?.status).toBe("merged");
    expect(batches.map((batch) => batch.unitIds.length)).toEqual([1, 1, 1]);
    expect(batches.map((batch) => verifications(batch).length)).toEqual([1, 1, 1]);
  });
});
