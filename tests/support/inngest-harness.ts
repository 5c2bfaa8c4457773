import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest, type InngestFunction, type Middleware } from "inngest";
import { serve } from "inngest/node";
import type { Clock } from "@/inngest/local-runner/clock";
import { LocalRunner } from "@/inngest/local-runner/local-runner";
import { runSql } from "@/tests/support/test-postgres";

/** The SDK logs every step error; tests assert on outcomes instead. */
export const quietLogger = { info() {}, warn() {}, error() {}, debug() {} };

export const testKeys = () => ({
  signingKey: `signkey-test-${randomBytes(32).toString("hex")}`,
  eventKey: randomBytes(16).toString("hex"),
});

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/**
 * The local runner and an app serving `functions` through the SDK's real serve() handler over
 * real HTTP, both on loopback, with state in the given (migrated) database.
 */
export async function startHarness(
  databaseUrl: string,
  defineFunctions: (client: Inngest) => InngestFunction.Any[],
  options: { clock?: Clock; runner?: boolean; middleware?: Middleware.Class[] } = {},
) {
  const keys = testKeys();
  const runner = new LocalRunner({
    databaseUrl,
    ...keys,
    clock: options.clock,
    onError: (error) => console.error(error),
  });
  const runnerUrl = await runner.start();
  const client = new Inngest({
    id: "test-app",
    baseUrl: runnerUrl,
    isDev: false,
    logger: quietLogger,
    internalLogger: quietLogger,
    middleware: options.middleware,
    ...keys,
  });
  const app = createServer(serve({ client, functions: defineFunctions(client) }));
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  const appPort = (app.address() as AddressInfo).port;
  const appUrl = `http://127.0.0.1:${appPort}/api/inngest`;
  await runner.sync(appUrl);

  async function runsOf(functionId: string) {
    const { rows } = await runSql(
      databaseUrl,
      "SELECT run_id, status, output, error, attempt FROM inngest_runner.runs WHERE function_id = $1 ORDER BY created_at",
      [`test-app-${functionId}`],
    );
    return rows as {
      run_id: string;
      status: string;
      output: unknown;
      error: { message: string } | null;
      attempt: number;
    }[];
  }

  /** Waits until every run of the function has ended (or the timeout passes). */
  async function settled(functionId: string, count = 1, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const runs = await runsOf(functionId);
      if (
        runs.length >= count &&
        runs.every((run) => ["completed", "failed", "cancelled"].includes(run.status))
      )
        return runs;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(
      `Runs of ${functionId} did not settle: ${JSON.stringify(await runsOf(functionId))}`,
    );
  }

  async function stepsOf(runId: string) {
    const { rows } = await runSql(
      databaseUrl,
      `SELECT name, status, attempt, (extract(epoch FROM ended_at - started_at) * 1000)::int AS duration_ms
         FROM inngest_runner.steps WHERE run_id = $1 ORDER BY started_at, name`,
      [runId],
    );
    return rows as { name: string; status: string; attempt: number; duration_ms: number }[];
  }

  return {
    client,
    runner,
    runnerUrl,
    appUrl,
    keys,
    runsOf,
    settled,
    stepsOf,
    /** Takes the app off the network, as while it restarts. */
    async stopApp() {
      app.closeAllConnections();
      await new Promise<void>((resolve) => app.close(() => resolve()));
    },
    async restartApp() {
      await new Promise<void>((resolve) => app.listen(appPort, "127.0.0.1", resolve));
    },
    async stop() {
      await runner.stop();
      app.closeAllConnections();
      await new Promise<void>((resolve) => app.close(() => resolve()));
    },
  };
}
