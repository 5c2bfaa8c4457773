import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashedSigningKey, signBody } from "@/inngest/local-runner/signing";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import { createShapeLog, keyedFunction } from "@/tests/support/parity-shapes";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("runnercontrol");
let active = 0;
const log = createShapeLog();
let peak = 0;
const release: (() => void)[] = [];
const cleanedUp: string[] = [];

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(database.url, (client) => [
    client.createFunction(
      {
        id: "long-wait",
        triggers: [{ event: "test/long" }],
        cancelOn: [{ event: "test/stop", if: "async.data.id == event.data.id" }],
      },
      async ({ step }) => {
        await step.waitForEvent("never", { event: "test/never", timeout: "7d" });
        return "finished";
      },
    ),
    client.createFunction(
      {
        id: "after-long-wait-cancelled",
        triggers: [
          {
            event: "inngest/function.cancelled",
            if: "event.data.function_id == 'test-app-long-wait'",
          },
        ],
      },
      async ({ event, step }) => {
        const original = (event.data as { event: { data: { id: string } } }).event;
        await step.run("clean-up", () => cleanedUp.push(original.data.id));
      },
    ),
    client.createFunction(
      { id: "no-retries", triggers: [{ event: "test/no-retries" }], retries: 0 },
      async ({ step }) => step.run("only-step", () => "ran"),
    ),
    keyedFunction(client, log),
    client.createFunction(
      { id: "signal-waiter", triggers: [{ event: "test/signal" }] },
      async ({ step }) => {
        await step.waitForSignal("signal", { signal: "go", timeout: "1h" });
        return "never";
      },
    ),
    client.createFunction(
      { id: "limited", triggers: [{ event: "test/limited" }], concurrency: { limit: 2 } },
      async ({ step }) => {
        await step.run("work", async () => {
          active++;
          peak = Math.max(peak, active);
          await new Promise<void>((resolve) => release.push(resolve));
          active--;
        });
        return "done";
      },
    ),
  ]);
});
afterAll(() => harness.stop());

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("condition not met in time");
}

describe("controlling runs in the local runner", () => {
  it("cancels a run through the API, and through a cancelOn event that matches, and announces each", async () => {
    await harness.client.send([
      { name: "test/long", data: { id: "api" } },
      { name: "test/long", data: { id: "event" } },
      { name: "test/long", data: { id: "other" } },
    ]);
    await waitFor(
      async () =>
        (await harness.runner.db.query("SELECT 1 FROM inngest_runner.waits")).rowCount === 3,
    );
    const runs = await harness.runsOf("long-wait");
    const { rows } = await harness.runner.db.query<{ run_id: string }>(
      "SELECT run_id FROM inngest_runner.runs WHERE event->'data'->>'id' = 'api'",
    );
    const response = await fetch(`${harness.runnerUrl}/v1/runs/${rows[0]?.run_id}/cancel`, {
      method: "POST",
      headers: { authorization: `Bearer ${hashedSigningKey(harness.keys.signingKey)}` },
    });
    expect(response.status).toBe(200);
    await harness.client.send({ name: "test/stop", data: { id: "event" } });
    await waitFor(
      async () =>
        (await harness.runsOf("long-wait")).filter((run) => run.status === "cancelled").length ===
        2,
    );
    const byId = await harness.runner.db.query<{ id: string; status: string }>(
      "SELECT event->'data'->>'id' AS id, status FROM inngest_runner.runs WHERE function_id = 'test-app-long-wait' ORDER BY 1",
    );
    expect(runs).toHaveLength(3);
    expect(byId.rows).toEqual([
      { id: "api", status: "cancelled" },
      { id: "event", status: "cancelled" },
      { id: "other", status: "running" },
    ]);
    // Each cancellation sends `inngest/function.cancelled` with the run's own event, as Inngest does.
    await harness.settled("after-long-wait-cancelled", 2);
    expect(cleanedUp.sort()).toEqual(["api", "event"]);
    const again = await fetch(`${harness.runnerUrl}/v1/runs/${rows[0]?.run_id}/cancel`, {
      method: "POST",
      headers: { authorization: `Bearer ${hashedSigningKey(harness.keys.signingKey)}` },
    });
    expect(again.status).toBe(404);
  });

  it("waits for an app that is down, without spending the run's attempts", async () => {
    await harness.stopApp();
    await harness.client.send({ name: "test/no-retries", data: {} });
    // Long enough for the runner to find the app down at least once.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await harness.runsOf("no-retries")).map((run) => run.status)).toEqual(["running"]);
    await harness.restartApp();
    const [run] = await harness.settled("no-retries");
    expect(run).toMatchObject({ status: "completed", output: "ran", attempt: 0 });
  });

  it("never runs more steps of a function at once than its concurrency limit", async () => {
    await harness.client.send(
      Array.from({ length: 5 }, (_, i) => ({ name: "test/limited", data: { i } })),
    );
    for (let done = 0; done < 5; done++) {
      await waitFor(() => release.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(active).toBeLessThanOrEqual(2);
      release.shift()?.();
    }
    const runs = await harness.settled("limited", 5);
    expect(runs.every((run) => run.status === "completed")).toBe(true);
    expect(peak).toBe(2);
  });

  it("applies a keyed concurrency limit per key", async () => {
    await harness.client.send(
      ["ada", "ada", "ada", "bob", "bob", "bob"].map((user) => ({
        name: "parity/keyed",
        data: { user },
      })),
    );
    const runs = await harness.settled("keyed", 6);
    expect(runs.every((run) => run.status === "completed")).toBe(true);
    expect([log.peaks.get("ada"), log.peaks.get("bob")]).toEqual([1, 1]);
  });

  it("fails a run loudly, naming the opcode, when a function uses one the runner lacks", async () => {
    await harness.client.send({ name: "test/signal", data: {} });
    const [run] = await harness.settled("signal-waiter");
    expect(run?.status).toBe("failed");
    expect(run?.error?.message).toBe(
      "The local runner does not implement the WaitForSignal opcode.",
    );
  });

  it("refuses a wrong event key, an unsigned sync, and forged calls to the app", async () => {
    const wrongKey = await fetch(`${harness.runnerUrl}/e/not-the-key`, {
      method: "POST",
      body: JSON.stringify({ name: "test/long", data: {} }),
    });
    expect(wrongKey.status).toBe(401);
    const unsigned = await fetch(`${harness.runnerUrl}/fn/register`, {
      method: "POST",
      body: "{}",
    });
    expect(unsigned.status).toBe(401);

    const body = {
      version: 2,
      event: { name: "test/limited", data: {} },
      events: [],
      steps: {},
      ctx: {
        run_id: "forged",
        attempt: 0,
        max_attempts: 1,
        disable_immediate_execution: false,
        use_api: false,
        stack: { stack: [], current: 0 },
      },
    };
    const call = (headers: Record<string, string>) =>
      fetch(`${harness.appUrl}?fnId=test-app-limited&stepId=step`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
    expect((await call({})).status).toBe(401);
    expect(
      (
        await call({
          "x-inngest-signature": signBody(body, `signkey-test-${"0".repeat(64)}`, new Date()),
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await call({
          "x-inngest-signature": signBody(
            { ...body, steps: { x: 1 } },
            harness.keys.signingKey,
            new Date(),
          ),
        })
      ).status,
    ).toBe(401);
    expect(active).toBe(0);
  });
});
