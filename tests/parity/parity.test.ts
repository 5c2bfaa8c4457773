import { randomUUID } from "node:crypto";
import { mkdtemp, realpath } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, it, vi } from "vitest";
import { missionRunFunction } from "@/inngest/functions/mission-run";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { runDemoMission } from "@/tests/parity/demo-mission";
import type { LedgerRun } from "@/tests/support/parity-ledger";
import { createShapeLog, parityShapes } from "@/tests/support/parity-shapes";
import { type ParityTarget, startParityTarget } from "@/tests/support/parity-target";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// The suite's shapes run at once; the whole mission runs real agents, git and verification.
vi.setConfig({ testTimeout: 180_000 });
const database = setUpMigratedDatabase("parity");
const log = createShapeLog();
// Names this run's events, so runs an earlier suite left on a real server are told apart.
const tag = randomUUID().slice(0, 8);
let target: ParityTarget;

const send = (events: { name: string; data: Record<string, unknown> }[]) =>
  target.client.send(events as never);
const sendOne = (name: string, data: Record<string, unknown> = {}) =>
  send([{ name, data: { tag, ...data } }]);
const ours = (runs: LedgerRun[]) =>
  runs.filter((run) => (run.event.data as { tag?: string } | undefined)?.tag === tag);
const dataId = (run: LedgerRun) => (run.event.data as { id?: string }).id;

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

beforeAll(async () => {
  process.env.MC_DATA_DIR = await realpath(await mkdtemp(path.join(tmpdir(), "mc-parity-")));
  await upsertSetting("missions.approval_timeout_seconds", 600);
  target = await startParityTarget(database.url, (client) => [
    ...parityShapes(client, log),
    missionRunFunction(client),
  ]);
  console.log(`Parity suite against the ${target.kind}; the app is served at ${target.appUrl}.`);
});
afterAll(() => target?.stop());

describe.concurrent(`function shapes on the Inngest server`, () => {
  it("runs sequential steps once each, each given the result of the one before", async ({
    expect,
  }) => {
    await sendOne("parity/sequence", { n: 4 });
    const [run] = ours(await target.settled("sequence"));
    expect(run).toMatchObject({ status: "completed", output: { a: 5, b: 50, c: "50!" } });
    expect(["first", "second", "third"].map((s) => log.counts.get(`sequence:${s}`))).toEqual([
      1, 1, 1,
    ]);
  });

  it("runs each step of a parallel fan-out once, then the step over their results", async ({
    expect,
  }) => {
    await sendOne("parity/fan-out");
    const [run] = ours(await target.settled("fan-out"));
    expect(run).toMatchObject({ status: "completed", output: 10 });
    for (const id of ["p1", "p2", "p3", "p4", "p5", "sum"])
      expect(log.counts.get(`fan-out:${id}`), id).toBe(1);
  });

  it("retries a failing step until it succeeds, without running finished steps again", async ({
    expect,
  }) => {
    await sendOne("parity/step-retry");
    const [run] = ours(await target.settled("step-retry"));
    expect(run).toMatchObject({ status: "completed", output: "third time lucky" });
    expect(log.counts.get("step-retry:flaky")).toBe(3);
    expect(log.counts.get("step-retry:after")).toBe(1);
  });

  it("retries a function that throws outside any step, at the next attempt each time", async ({
    expect,
  }) => {
    await sendOne("parity/function-retry");
    const [run] = ours(await target.settled("function-retry"));
    expect(run).toMatchObject({ status: "completed", output: { succeededAt: 2 }, attempt: 2 });
    expect(log.notesOf("function-retry:attempt")).toEqual([0, 1, 2]);
  });

  it("fails a run after retries + 1 attempts and runs its onFailure handler with the error", async ({
    expect,
  }) => {
    await sendOne("parity/doomed");
    const [run] = ours(await target.settled("doomed"));
    expect(run).toMatchObject({ status: "failed", error: { message: "broken for good" } });
    expect(log.counts.get("doomed:always-fails")).toBe(2);
    // The SDK runs no middleware for an onFailure handler: its step's note is what shows it ran.
    await until(() => log.notesOf("doomed:failure").length > 0, "the onFailure handler");
    expect(log.notesOf("doomed:failure")).toEqual([
      {
        functionId: `${target.client.id}-doomed`,
        originalEvent: "parity/doomed",
        message: "broken for good",
      },
    ]);
  });

  it("does not retry a NonRetriableError", async ({ expect }) => {
    await sendOne("parity/refuser");
    const [run] = ours(await target.settled("refuser"));
    expect(run).toMatchObject({ status: "failed", error: { message: "will never work" } });
    expect(log.counts.get("refuser:refuse")).toBe(1);
  });

  it("sleeps, then goes on", async ({ expect }) => {
    await sendOne("parity/sleep");
    const [run] = ours(await target.settled("sleeper"));
    expect(run?.status).toBe("completed");
    expect((run?.output as { sleptMs?: number } | undefined)?.sleptMs).toBeGreaterThanOrEqual(
      2_000,
    );
  });

  it("resumes a wait only on the event its `if` matches, and times out to null", async ({
    expect,
  }) => {
    const [a, b] = [`${tag}-a`, `${tag}-b`];
    await send([
      { name: "parity/wait", data: { tag, id: a } },
      { name: "parity/wait", data: { tag, id: b } },
    ]);
    // An event sent before the server holds the wait is not for it: send until it is taken.
    await until(async () => {
      await send([
        { name: "parity/approve", data: { id: `${tag}-nobody`, by: "nobody" } },
        { name: "parity/approve", data: { id: a, by: "ada" } },
      ]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return ours(target.runsOf("waiter")).some(
        (run) => dataId(run) === a && run.status !== "running",
      );
    }, "the wait of run a to end");
    const runs = ours(await target.settled("waiter", 2));
    const byId = Object.fromEntries(runs.map((run) => [dataId(run), run.output]));
    expect(byId[a]).toMatchObject({ approvedBy: "ada" });
    expect(byId[b]).toMatchObject({ approvedBy: null });
    expect((byId[b] as { waitedMs: number }).waitedMs).toBeGreaterThanOrEqual(3_000);
  });

  it("invokes another function and gets its result", async ({ expect }) => {
    await sendOne("parity/invoke");
    const [run] = ours(await target.settled("invoker"));
    expect(run).toMatchObject({ status: "completed", output: { doubled: 42 } });
  });

  it("starts other functions with step.sendEvent", async ({ expect }) => {
    await sendOne("parity/send");
    await target.settled("sender");
    const received = ours(await target.settled("receiver", 2));
    expect(received.map((run) => (run.output as { i: number }).i).sort()).toEqual([1, 2]);
  });

  it("cancels a run on a cancelOn event that matches it, and announces the cancellation", async ({
    expect,
  }) => {
    const [cancelled, kept] = [`${tag}-cancel`, `${tag}-keep`];
    await send([
      { name: "parity/long", data: { tag, id: cancelled } },
      { name: "parity/long", data: { tag, id: kept } },
    ]);
    await until(
      () =>
        log.notesOf("long-wait:started").filter((data) => (data as { tag: string }).tag === tag)
          .length === 2,
      "both runs to start",
    );
    await send([{ name: "parity/stop", data: { id: cancelled } }]);
    await until(
      () => log.notesOf("long-wait:cancelled").includes(cancelled),
      "the inngest/function.cancelled event to start its function",
    );
    const runs = ours(await target.settled("long-wait"));
    const byId = Object.fromEntries(runs.map((run) => [dataId(run), run]));
    expect(byId[kept]).toMatchObject({ status: "completed", output: "timed out" });
    expect(byId[cancelled]?.status).toBe("running");
    expect(log.notesOf("long-wait:cancelled")).toEqual([cancelled]);
  });

  it("runs one run per concurrency key at a time, and different keys side by side", async ({
    expect,
  }) => {
    const [ada, bob] = [`${tag}-ada`, `${tag}-bob`];
    await send(
      [ada, ada, ada, bob, bob, bob].map((user) => ({ name: "parity/keyed", data: { tag, user } })),
    );
    const runs = ours(await target.settled("keyed", 6));
    expect(runs.map((run) => run.status)).toEqual(Array(6).fill("completed"));
    expect([log.peaks.get(ada), log.peaks.get(bob), log.peaks.get("*")]).toEqual([1, 1, 2]);
  });

  it("runs a whole mission: the shipped mission-run function with the scripted agent", async ({
    expect,
  }) => {
    const { mission, units, pushedGreen } = await runDemoMission(target);
    expect(mission).toMatchObject({ status: "succeeded" });
    expect(mission.resultSummary).toContain("3 of 5 units merged");
    expect(mission.resultSummary).toContain("Final verification passed");
    expect(units).toMatchObject({
      readme: "merged",
      guide: "conflicted",
      subtract: "merged",
      multiply: "merged",
      "strict-check": "reverted",
    });
    expect(pushedGreen).toBe(mission.greenHead);
  });
});

describe("a cron function on the Inngest server", () => {
  it("fires at its time", async ({ expect }) => {
    // On the local runner the clock moves to the next minute; a real server is waited for.
    target.reachNextMinute?.();
    const [run] = await target.settled("ticker", 1, 75_000);
    expect(run).toMatchObject({ status: "completed", output: { name: "inngest/scheduled.timer" } });
  });
});
