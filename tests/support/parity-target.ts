import { createServer } from "node:http";
import { Inngest, type InngestFunction } from "inngest";
import { serve } from "inngest/node";
import { z } from "zod";
import type { Clock } from "@/inngest/local-runner/clock";
import { quietLogger, startHarness } from "@/tests/support/inngest-harness";
import { createRunLedger } from "@/tests/support/parity-ledger";

const unsetWhenEmpty = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(unsetWhenEmpty, schema.optional());

/**
 * The server the suite runs against, named by the SDK's own variables, and where that server
 * reaches the app the suite serves.
 */
const parityEnvSchema = z.object({
  INNGEST_BASE_URL: optional(z.url()),
  INNGEST_DEV: optional(z.string()),
  INNGEST_SIGNING_KEY: optional(z.string()),
  INNGEST_EVENT_KEY: optional(z.string()),
  PARITY_APP_URL: optional(z.url()),
  PARITY_APP_HOST: optional(z.string()),
  PARITY_APP_PORT: optional(z.coerce.number().int().min(1).max(65_535)),
});

const DEFAULT_APP_PORT = 3939;
const SERVE_PATH = "/api/inngest";

export type ParityTarget = Awaited<ReturnType<typeof startParityTarget>>;

/**
 * Serves the functions through the SDK's real serve() handler over HTTP and syncs them with the
 * Inngest server the INNGEST_* variables name (self-hosted, dev server or Inngest Cloud), or,
 * when they name none, with the project's local runner on the given database.
 */
export async function startParityTarget(
  databaseUrl: string,
  defineFunctions: (client: Inngest) => InngestFunction.Any[],
) {
  const env = parityEnvSchema.parse(process.env);
  const remote = Boolean(env.INNGEST_BASE_URL || env.INNGEST_DEV || env.INNGEST_SIGNING_KEY);
  const ledger = createRunLedger();
  const target = remote
    ? await startRemote(env, ledger.middleware, defineFunctions)
    : await startLocal(databaseUrl, ledger.middleware, defineFunctions);
  return { ...target, ledger, runsOf: ledger.runsOf, settled: ledger.settled };
}

type Ledger = ReturnType<typeof createRunLedger>;

async function startLocal(
  databaseUrl: string,
  middleware: Ledger["middleware"],
  defineFunctions: (client: Inngest) => InngestFunction.Any[],
) {
  // The runner's clock runs with real time, and can be moved ahead to the next cron tick.
  let ahead = 0;
  const clock: Clock = { now: () => new Date(Date.now() + ahead) };
  const harness = await startHarness(databaseUrl, defineFunctions, {
    clock,
    middleware: [middleware],
  });
  return {
    kind: "local runner" as const,
    client: harness.client,
    appUrl: harness.appUrl,
    /** Moves the runner's clock to the next whole minute, where every-minute crons fire. */
    reachNextMinute() {
      const now = clock.now().getTime();
      ahead += 60_000 - (now % 60_000) + 100;
      harness.runner.wake();
    },
    stop: () => harness.stop(),
  };
}

async function startRemote(
  env: z.infer<typeof parityEnvSchema>,
  middleware: Ledger["middleware"],
  defineFunctions: (client: Inngest) => InngestFunction.Any[],
) {
  const dev = Boolean(env.INNGEST_DEV);
  if (!dev && (!env.INNGEST_SIGNING_KEY || !env.INNGEST_EVENT_KEY))
    throw new Error(
      "A self-hosted Inngest server or Inngest Cloud needs INNGEST_SIGNING_KEY and INNGEST_EVENT_KEY (set INNGEST_DEV for a dev server).",
    );
  // The SDK reads INNGEST_BASE_URL, INNGEST_DEV and the keys itself, as the app's client does.
  const client = new Inngest({
    id: "mc-parity",
    isDev: dev ? undefined : false,
    logger: quietLogger,
    internalLogger: quietLogger,
    middleware: [middleware],
  });
  const port = env.PARITY_APP_PORT ?? Number(new URL(env.PARITY_APP_URL ?? "http://x").port || 0);
  const listenPort = port || DEFAULT_APP_PORT;
  const appUrl = new URL(env.PARITY_APP_URL ?? `http://127.0.0.1:${listenPort}${SERVE_PATH}`);
  let handler = serve({
    client,
    functions: defineFunctions(client),
    serveOrigin: appUrl.origin,
    servePath: appUrl.pathname,
  });
  const app = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) =>
    app.listen(listenPort, env.PARITY_APP_HOST ?? "127.0.0.1", resolve),
  );
  const sync = async () => {
    // A PUT makes the SDK register its functions, under `appUrl`, with the server.
    const response = await fetch(`http://127.0.0.1:${listenPort}${appUrl.pathname}`, {
      method: "PUT",
    });
    if (!response.ok)
      throw new Error(`Syncing ${appUrl} failed: ${response.status} ${await response.text()}`);
  };
  await sync();
  return {
    kind: "remote server" as const,
    client,
    appUrl: appUrl.toString(),
    reachNextMinute: undefined,
    async stop() {
      // Synced again with no functions, so the server stops firing the suite's cron.
      handler = serve({
        client,
        functions: [],
        serveOrigin: appUrl.origin,
        servePath: appUrl.pathname,
      });
      await sync().catch((error: unknown) => console.error(error));
      app.closeAllConnections();
      await new Promise<void>((resolve) => app.close(() => resolve()));
    },
  };
}
