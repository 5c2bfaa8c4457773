import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/inngest/local-runner/clock";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import { createShapeLog, refuserFunction } from "@/tests/support/parity-shapes";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("runnerfail");
const clock = new ManualClock(new Date("2026-01-01T00:00:00Z"));
const attempts = new Map<string, number>();
const bump = (key: string) => {
  const n = (attempts.get(key) ?? 0) + 1;
  attempts.set(key, n);
  return n;
};
const failures: unknown[] = [];
const log = createShapeLog();

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(
    database.url,
    (client) => [
      client.createFunction(
        { id: "flaky", triggers: [{ event: "test/flaky" }], retries: 3 },
        async ({ step }) => {
          const value = await step.run("flaky-step", () => {
            if (bump("flaky-step") < 3) throw new Error("not yet");
            return "third time lucky";
          });
          return await step.run("after", () => {
            bump("after");
            return value;
          });
        },
      ),
      client.createFunction(
        {
          id: "doomed",
          triggers: [{ event: "test/doomed" }],
          retries: 2,
          onFailure: async ({ event, error }: { event: { data: unknown }; error: Error }) => {
            failures.push({
              fn: (event.data as { function_id: string }).function_id,
              message: error.message,
            });
            return "handled";
          },
        },
        async ({ step }) => {
          await step.run("always-fails", () => {
            bump("always-fails");
            throw new Error("broken for good");
          });
        },
      ),
      client.createFunction(
        { id: "thrower", triggers: [{ event: "test/thrower" }], retries: 1 },
        async () => {
          bump("thrower");
          throw new Error("outside any step");
        },
      ),
      refuserFunction(client, log),
    ],
    { clock },
  );
});
afterAll(() => harness.stop());

/** Moves the clock a minute at a time so retries with backoff come due. */
async function settleWithTime(functionId: string, count = 1) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const runs = await harness.runsOf(functionId);
    if (
      runs.length >= count &&
      runs.every((run) => ["completed", "failed", "cancelled"].includes(run.status))
    )
      return runs;
    clock.advance(60_000);
    harness.runner.wake();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${functionId} did not settle`);
}

describe("failures in the local runner", () => {
  it("retries a failing step until it succeeds, without re-running finished steps", async () => {
    await harness.client.send({ name: "test/flaky", data: {} });
    const [run] = await settleWithTime("flaky");
    expect(run).toMatchObject({ status: "completed", output: "third time lucky" });
    expect(attempts.get("flaky-step")).toBe(3);
    expect(attempts.get("after")).toBe(1);
  });

  it("fails a run after retries + 1 attempts and starts its onFailure handler", async () => {
    await harness.client.send({ name: "test/doomed", data: {} });
    const [run] = await settleWithTime("doomed");
    expect(run?.status).toBe("failed");
    expect(attempts.get("always-fails")).toBe(3);
    const [handler] = await settleWithTime("doomed-failure");
    expect(handler).toMatchObject({ status: "completed", output: "handled" });
    expect(failures).toEqual([{ fn: "test-app-doomed", message: "broken for good" }]);
  });

  it("retries a function that throws outside a step, to retries + 1 attempts", async () => {
    await harness.client.send({ name: "test/thrower", data: {} });
    const [run] = await settleWithTime("thrower");
    expect(run?.status).toBe("failed");
    expect(run?.error?.message).toContain("outside any step");
    expect(attempts.get("thrower")).toBe(2);
  });

  it("does not retry a NonRetriableError", async () => {
    await harness.client.send({ name: "parity/refuser", data: {} });
    const [run] = await settleWithTime("refuser");
    expect(run?.status).toBe("failed");
    expect(run?.error?.message).toContain("will never work");
    expect(log.counts.get("refuser:refuse")).toBe(1);
  });
});
