import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { execa, type ResultPromise } from "execa";
import { Inngest } from "inngest";
import { serve } from "inngest/node";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@/tests/support/free-port";
import { quietLogger, testKeys } from "@/tests/support/inngest-harness";
import { runSql } from "@/tests/support/test-postgres";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("runnerkill");
const keys = testKeys();
const port = await freePort();
const ran = new Map<string, number>();
const count = (key: string) => ran.set(key, (ran.get(key) ?? 0) + 1);
let inSlowStep: (() => void) | undefined;
const slowStepEntered = new Promise<void>((resolve) => {
  inSlowStep = resolve;
});
let finishSlowStep: () => void = () => {};
const client = new Inngest({
  id: "kill-app",
  baseUrl: `http://127.0.0.1:${port}`,
  isDev: false,
  logger: quietLogger,
  internalLogger: quietLogger,
  ...keys,
});
const functions = [
  client.createFunction(
    { id: "steps", triggers: [{ event: "test/steps" }] },
    async ({ event, step }) => {
      const id = (event.data as { id: string }).id;
      await step.run("one", () => count(`${id}:one`));
      await step.run("two", async () => {
        count(`${id}:two`);
        if (id === "first" && (ran.get("first:two") ?? 0) === 1) {
          inSlowStep?.();
          await new Promise<void>((resolve) => {
            finishSlowStep = resolve;
          });
        }
      });
      await step.run("three", () => count(`${id}:three`));
      return id;
    },
  ),
];
const app = createServer(serve({ client, functions }));
const children: ResultPromise[] = [];

function startRunner(appUrl: string) {
  const child = execa(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "inngest/local-runner/main.ts"],
    {
      env: {
        DATABASE_URL: database.url,
        INNGEST_SIGNING_KEY: keys.signingKey,
        INNGEST_EVENT_KEY: keys.eventKey,
        MC_RUNNER_PORT: String(port),
        MC_RUNNER_SYNC_URL: appUrl,
      },
      reject: false,
    },
  );
  children.push(child);
  // Wrapped: a subprocess is itself a promise, and resolving with it would wait for its exit.
  return new Promise<{ process: ResultPromise }>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("listening")) resolve({ process: child });
    });
    void child.then((result) => reject(new Error(`runner exited: ${result.stderr}`)));
  });
}

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  app.closeAllConnections();
  await new Promise((resolve) => app.close(resolve));
});

describe("the local runner after a crash", () => {
  it("resumes in-flight runs from their memoized steps when restarted after SIGKILL", async () => {
    await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
    const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/inngest`;
    const first = await startRunner(appUrl);

    await client.send({ name: "test/steps", data: { id: "first" } });
    await slowStepEntered;
    await client.send([1, 2, 3].map((n) => ({ name: "test/steps", data: { id: `queued-${n}` } })));

    first.process.kill("SIGKILL");
    await first.process;
    finishSlowStep();

    await startRunner(appUrl);
    const deadline = Date.now() + 30_000;
    let rows: { status: string; id: string }[] = [];
    while (Date.now() < deadline) {
      ({ rows } = await runSql(
        database.url,
        "SELECT status, event->'data'->>'id' AS id FROM inngest_runner.runs ORDER BY 2",
      ));
      if (rows.length === 4 && rows.every((row) => row.status === "completed")) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(rows).toEqual(
      ["first", "queued-1", "queued-2", "queued-3"].map((id) => ({ id, status: "completed" })),
    );
    // The step that had finished before the kill did not run again; the one in flight did.
    expect(ran.get("first:one")).toBe(1);
    expect(ran.get("first:two")).toBe(2);
    expect(ran.get("first:three")).toBe(1);
    // No queued run was lost. The dead runner may already have begun one (it took the events
    // before the kill): then the step it had in flight ran again, as first:two did, never more.
    for (const n of [1, 2, 3])
      for (const name of ["one", "three"]) {
        expect(ran.get(`queued-${n}:${name}`)).toBeGreaterThanOrEqual(1);
        expect(ran.get(`queued-${n}:${name}`)).toBeLessThanOrEqual(2);
      }
  });
});
