import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import { createShapeLog, fanOutFunction, sequenceFunction } from "@/tests/support/parity-shapes";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("runnersteps");
const log = createShapeLog();

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(database.url, (client) => [
    sequenceFunction(client, log),
    fanOutFunction(client, log),
  ]);
});
afterAll(() => harness.stop());

describe("the local runner", () => {
  it("runs sequential steps, each once, and records the output and how long each took", async () => {
    await harness.client.send({ name: "parity/sequence", data: { n: 4 } });
    const [run] = await harness.settled("sequence");
    expect(run).toMatchObject({ status: "completed", output: { a: 5, b: 50, c: "50!" } });
    expect(["first", "second", "third"].map((s) => log.counts.get(`sequence:${s}`))).toEqual([
      1, 1, 1,
    ]);
    const steps = await harness.stepsOf(run?.run_id as string);
    expect(steps.map((s) => [s.name, s.status])).toEqual([
      ["first", "completed"],
      ["second", "completed"],
      ["third", "completed"],
    ]);
    // A step run inline lasts from the call that ran it to its answer; the second sleeps 300 ms.
    expect(steps[1]?.duration_ms).toBeGreaterThanOrEqual(300);
    expect(steps[0]?.duration_ms).toBeLessThan(300);
  });

  it("runs each step of a parallel fan-out exactly once", async () => {
    await harness.client.send({ name: "parity/fan-out", data: {} });
    const [run] = await harness.settled("fan-out");
    expect(run).toMatchObject({ status: "completed", output: 10 });
    for (const id of ["p1", "p2", "p3", "p4", "p5", "sum"])
      expect(log.counts.get(`fan-out:${id}`), id).toBe(1);
  });
});
