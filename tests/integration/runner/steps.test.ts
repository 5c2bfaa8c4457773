import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("runnersteps");
const calls = new Map<string, number>();
const count = (name: string) => calls.set(name, (calls.get(name) ?? 0) + 1);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(database.url, (client) => [
    client.createFunction(
      { id: "sequence", triggers: [{ event: "test/sequence" }] },
      async ({ event, step }) => {
        const a = await step.run("first", () => {
          count("first");
          return (event.data as { n: number }).n + 1;
        });
        const b = await step.run("second", async () => {
          count("second");
          await new Promise((resolve) => setTimeout(resolve, 300));
          return a * 10;
        });
        const c = await step.run("third", () => {
          count("third");
          return `${b}!`;
        });
        return { a, b, c };
      },
    ),
    client.createFunction(
      { id: "fan-out", triggers: [{ event: "test/fan-out" }] },
      async ({ step }) => {
        const parts = await Promise.all(
          ["p1", "p2", "p3", "p4", "p5"].map((id, index) =>
            step.run(id, () => {
              count(`fan:${id}`);
              return index;
            }),
          ),
        );
        const total = await step.run("sum", () => {
          count("fan:sum");
          return parts.reduce((a, b) => a + b, 0);
        });
        return total;
      },
    ),
  ]);
});
afterAll(() => harness.stop());

describe("the local runner", () => {
  it("runs sequential steps, each once, and records the output and how long each took", async () => {
    await harness.client.send({ name: "test/sequence", data: { n: 4 } });
    const [run] = await harness.settled("sequence");
    expect(run).toMatchObject({ status: "completed", output: { a: 5, b: 50, c: "50!" } });
    expect([calls.get("first"), calls.get("second"), calls.get("third")]).toEqual([1, 1, 1]);
    const steps = await harness.stepsOf(run?.run_id as string);
    expect(steps.map((s) => [s.name, s.status])).toEqual([
      ["first", "completed"],
      ["second", "completed"],
      ["third", "completed"],
    ]);
    // A step run inline lasts from the call that ran it to its answer.
    expect(steps[1]?.duration_ms).toBeGreaterThanOrEqual(300);
    expect(steps[0]?.duration_ms).toBeLessThan(300);
  });

  it("runs each step of a parallel fan-out exactly once", async () => {
    await harness.client.send({ name: "test/fan-out", data: {} });
    const [run] = await harness.settled("fan-out");
    expect(run).toMatchObject({ status: "completed", output: 10 });
    for (const id of ["p1", "p2", "p3", "p4", "p5", "sum"])
      expect(calls.get(`fan:${id}`), id).toBe(1);
  });
});
