import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/inngest/local-runner/clock";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("runnertimers");
const clock = new ManualClock(new Date("2026-01-01T00:00:00Z"));
const sent: string[] = [];
let slowRuns = 0;
let afterRuns = 0;
let releaseSlow: () => void = () => {};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(
    database.url,
    (client) => {
      const child = client.createFunction(
        { id: "double", triggers: [{ event: "test/double" }] },
        async ({ event }) => ({
          doubled: (event.data as { n: number }).n * 2,
        }),
      );
      return [
        child,
        client.createFunction(
          { id: "sleeper", triggers: [{ event: "test/sleep" }] },
          async ({ step }) => {
            await step.sleep("nap", "2h");
            await step.sleepUntil("until", new Date("2026-01-02T00:00:00Z"));
            return await step.run("after", () => "woke");
          },
        ),
        client.createFunction(
          { id: "waiter", triggers: [{ event: "test/wait" }] },
          async ({ step }) => {
            const approval = await step.waitForEvent("approval", {
              event: "test/approve",
              timeout: "1h",
              if: "async.data.id == event.data.id",
            });
            return { approved: approval ? (approval.data as { by: string }).by : null };
          },
        ),
        client.createFunction(
          { id: "invoker", triggers: [{ event: "test/invoke" }] },
          async ({ step }) => {
            return await step.invoke("call-double", { function: child, data: { n: 21 } });
          },
        ),
        client.createFunction(
          { id: "sender", triggers: [{ event: "test/send" }] },
          async ({ step }) => {
            await step.sendEvent("fan", [
              { name: "test/received", data: { i: 1 } },
              { name: "test/received", data: { i: 2 } },
            ]);
            return "sent";
          },
        ),
        client.createFunction(
          { id: "receiver", triggers: [{ event: "test/received" }] },
          async ({ event }) => {
            sent.push(String((event.data as { i: number }).i));
            return (event.data as { i: number }).i;
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
        client.createFunction(
          { id: "ticker", triggers: [{ cron: "*/5 * * * *" }] },
          async ({ event }) => ({ name: event.name }),
        ),
      ];
    },
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
      { name: "test/wait", data: { id: "a" } },
      { name: "test/wait", data: { id: "b" } },
    ]);
    await until(async () => {
      const { rowCount } = await harness.runner.db.query("SELECT 1 FROM inngest_runner.waits");
      return rowCount === 2;
    });
    await harness.client.send({ name: "test/approve", data: { id: "zzz", by: "nobody" } });
    await harness.client.send({ name: "test/approve", data: { id: "a", by: "ada" } });
    await until(
      async () => (await statusOf("waiter")).filter((s) => s === "completed").length === 1,
    );
    clock.advance(60 * 60 * 1000 + 1);
    harness.runner.wake();
    const runs = await harness.settled("waiter", 2);
    expect(
      runs
        .map((run) => run.output)
        .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
    ).toEqual([{ approved: "ada" }, { approved: null }]);
  });

  it("invokes another function and gets its result", async () => {
    await harness.client.send({ name: "test/invoke", data: {} });
    const [run] = await harness.settled("invoker");
    expect(run).toMatchObject({ status: "completed", output: { doubled: 42 } });
  });

  it("triggers other functions with sendEvent", async () => {
    await harness.client.send({ name: "test/send", data: {} });
    await harness.settled("sender");
    await harness.settled("receiver", 2);
    expect(sent.sort()).toEqual(["1", "2"]);
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
