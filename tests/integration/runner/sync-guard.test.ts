import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LocalRunner } from "@/inngest/local-runner/local-runner";
import { hashedSigningKey } from "@/inngest/local-runner/signing";
import { runMigrations } from "@/lib/runtime/migrate";
import { type Harness, startHarness, testKeys } from "@/tests/support/inngest-harness";
import { createTestDatabase, runSql } from "@/tests/support/test-postgres";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("runner_sync_guard");
let harness: Harness;
const ran: string[] = [];

beforeAll(async () => {
  harness = await startHarness(database.url, (client) => [
    client.createFunction({ id: "echo", triggers: [{ event: "test/echo" }] }, async ({ event }) => {
      ran.push((event.data as { n: string }).n);
      return "ok";
    }),
  ]);
});
afterAll(() => harness.stop());

const registeredUrls = async () =>
  (await runSql(database.url, "SELECT url FROM inngest_runner.apps")).rows.map((row) => row.url);

const register = (runnerUrl: string, signingKey: string, url: string) =>
  fetch(`${runnerUrl}/fn/register`, {
    method: "POST",
    headers: { authorization: `Bearer ${hashedSigningKey(signingKey)}` },
    body: JSON.stringify({
      url,
      appName: "test-app",
      functions: [
        {
          id: "test-app-echo",
          triggers: [{ event: "test/echo" }],
          steps: { step: { runtime: { url: `${url}?fnId=test-app-echo&stepId=step` } } },
        },
      ],
    }),
  });

describe("the local runner's sync", () => {
  it("refuses a signed registration for any URL but the app's, and keeps calling the app", async () => {
    for (const url of [
      "http://127.0.0.1:9/api/inngest",
      `${harness.appUrl}?fnId=other`,
      "not a url",
    ]) {
      const reply = await register(harness.runnerUrl, harness.keys.signingKey, url);
      expect(reply.status).toBe(403);
      expect(await reply.json()).toEqual({
        status: 403,
        error: "This runner accepts a sync only for the app URL it was started with.",
      });
    }
    expect(await registeredUrls()).toEqual([harness.appUrl]);

    await harness.client.send({ name: "test/echo", data: { n: "after" } });
    const [run] = await harness.settled("echo");
    expect(run?.status).toBe("completed");
    expect(ran).toEqual(["after"]);
  });

  it("refuses every registration before it has synced an app, and syncing another app", async () => {
    const keys = testKeys();
    const own = await createTestDatabase(inject("postgresAdminUrl"), "runner_sync_guard_fresh");
    await runMigrations(own.url);
    const runner = new LocalRunner({ databaseUrl: own.url, ...keys });
    const runnerUrl = await runner.start();
    try {
      const reply = await register(runnerUrl, keys.signingKey, "http://127.0.0.1:9/api/inngest");
      expect(reply.status).toBe(403);
      await expect(runner.sync()).rejects.toThrow("no app URL");
      await expect(harness.runner.sync("http://127.0.0.1:9/api/inngest")).rejects.toThrow(
        "does not sync",
      );
      expect(await registeredUrls()).toEqual([harness.appUrl]);
      expect((await runSql(own.url, "SELECT url FROM inngest_runner.apps")).rows).toEqual([]);
    } finally {
      await runner.stop();
      await own.drop();
    }
  });

  it("answers a malformed percent-encoded event key with 401 and stores nothing", async () => {
    const before = await runSql(
      database.url,
      "SELECT count(*)::int AS n FROM inngest_runner.events",
    );
    for (const key of ["%E0%A4%A", "%", "%zz"]) {
      const reply = await fetch(`${harness.runnerUrl}/e/${key}`, {
        method: "POST",
        body: JSON.stringify({ name: "test/echo", data: { n: "forged" } }),
      });
      expect(reply.status).toBe(401);
      expect(await reply.json()).toEqual({ status: 401, error: "Event key not found." });
    }
    const after = await runSql(
      database.url,
      "SELECT count(*)::int AS n FROM inngest_runner.events",
    );
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
