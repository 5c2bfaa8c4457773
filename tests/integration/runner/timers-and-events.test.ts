import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/inngest/local-runner/clock";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import {
  invokeFunctions,
  sendEventFunctions,
  tickerFunction,
  waiterFunction,
} from "@/tests/support/parity-shapes";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("runnertimers");
const clock = new ManualClock(new Date("2026-01-01T00:00:00Z"));
let slowRuns = 0;
let afterRuns = 0;
let releaseSlow: () => void = () => {};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(
    database.url,
    (client) => [
      ...invokeFunctions(client),
      ...sendEventFunctions(client),
      waiterFunction(client),
      tickerFunction(client),
      client.createFunction(
        { id: "sleeper", triggers: [{ event: "test/sleep" }] },
        async ({ step }) => {
          await step.sleep("nap", "2h");
          await step.sleepUntil("until", new Date("2026-01-02T00:00:00Z"));
          return await step.run("after", () => "woke");
        },
      ),
      client.createFunction(
        { id: "mixed", triggers: [{ event: "test/mixed" }] },
        async ({ step }) => {
          await Promise.all([
            step.run("slow", async () => {
              slowRuns++;
              await new Promise<void>((resolve) => {
                releaseSlow = resolve;
              });
              return "slow";
            }),
            step.sleep("short", "1s"),
          ]);
          return await step.run("after", () => {
            afterRuns++;
            return "both done";
          });
        },
      ),
    ],
    { clock },
  );
});
afterAll(() => harness.stop());

async function until(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("condition not met in time");
}

const statusOf = async (fn: string) => (await harness.runsOf(fn)).map((run) => run.status);

describe("timers and events in the local runner", () => {
  it("finishes sleeps instantly when the clock is moved past them", async () => {
    await harness.client.send({ name: "test/sleep", data: {} });
    await until(async () => (await harness.runsOf("sleeper")).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await statusOf("sleeper")).toEqual(["running"]);
    clock.advance(2 * 60 * 60 * 1000 + 1);
    harness.runner.wake();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await statusOf("sleeper")).toEqual(["running"]);
    clock.advance(24 * 60 * 60 * 1000);
    harness.runner.wake();
    const [run] = await harness.settled("sleeper");
    expect(run).toMatchObject({ status: "completed", output: "woke" });
  });

  it("does not run a parallel step twice when a sleep beside it ends first", async () => {
    await harness.client.send({ name: "test/mixed", data: {} });
    await until(async () => slowRuns === 1);
    clock.advance(5_000);
    harness.runner.wake();
    await new Promise((resolve) => setTimeout(resolve, 500));
    releaseSlow();
    const [run] = await harness.settled("mixed");
    expect(run).toMatchObject({ status: "completed", output: "both done" });
    expect([slowRuns, afterRuns]).toEqual([1, 1]);
  });

  it("resumes a wait only on the matching event, and times out to null", async () => {
    await harness.client.send([
      { name: "parity/wait", data: { id: "a" } },
      { name: "parity/wait", data: { id: "b" } },
    ]);
    await until(async () => {
      const { rowCount } = await harness.runner.db.query("SELECT 1 FROM inngest_runner.waits");
      return rowCount === 2;
    });
    await harness.client.send({ name: "parity/approve", data: { id: "zzz", by: "nobody" } });
    await harness.client.send({ name: "parity/approve", data: { id: "a", by: "ada" } });
    await until(
      async () => (await statusOf("waiter")).filter((s) => s === "completed").length === 1,
    );
    clock.advance(60 * 60 * 1000 + 1);
    harness.runner.wake();
    const runs = await harness.settled("waiter", 2);
    expect(
      runs.map((run) => (run.output as { approvedBy: string | null }).approvedBy).sort(),
    ).toEqual(["ada", null]);
  });

  it("invokes another function and gets its result", async () => {
    await harness.client.send({ name: "parity/invoke", data: {} });
    const [run] = await harness.settled("invoker");
    expect(run).toMatchObject({ status: "completed", output: { doubled: 42 } });
  });

  it("triggers other functions with sendEvent", async () => {
    await harness.client.send({ name: "parity/send", data: {} });
    await harness.settled("sender");
    const received = await harness.settled("receiver", 2);
    expect(received.map((run) => (run.output as { i: number }).i).sort()).toEqual([1, 2]);
  });

  it("fires cron functions when their time comes", async () => {
    const before = (await harness.runsOf("ticker")).length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await harness.runsOf("ticker")).toHaveLength(before);
    clock.advance(5 * 60 * 1000);
    harness.runner.wake();
    const runs = await harness.settled("ticker", before + 1);
    expect(runs).toHaveLength(before + 1);
    expect(runs.at(-1)).toMatchObject({
      status: "completed",
      output: { name: "inngest/scheduled.timer" },
    });
  });
});
