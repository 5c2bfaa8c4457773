// Brings Mission Control up on its embedded defaults, or on the servers the environment names.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { LocalRunner } from "@/inngest/local-runner/local-runner";
import { SERVE_PATH } from "@/inngest/serve-origin";
import { connectDb, disconnectDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { appProcessEnv } from "@/lib/runtime/app-process-env";
import { runMigrations } from "@/lib/runtime/migrate";
import { resolveDatabase } from "@/lib/runtime/resolve-database";
import { loadOrCreateSecrets } from "@/lib/runtime/secrets";
import { startOutboxSender } from "@/lib/runtime/start-outbox-sender";
import { waitForHealthy } from "@/lib/runtime/wait-for-healthy";
import { seedDemoData } from "@/lib/services/demo/seed-demo-data";
import { ensureInitialAdmin } from "@/lib/services/users/ensure-initial-admin";
import { startAppProcess } from "@/lib/subprocess/start-app-process";
import { printSignInBanner } from "@/scripts/sign-in-banner";

const env = getEnv();
const log = (message: string) => console.log(`› ${message}`);

await mkdir(env.dataDir, { recursive: true });
const secrets = await loadOrCreateSecrets(env.dataDir);

const { databaseUrl, stop: stopPostgres } = await resolveDatabase(env, secrets, log);

const applied = await runMigrations(databaseUrl);
log(
  applied.length ? `Applied migrations: ${applied.join(", ")}.` : "Database schema is up to date.",
);

await connectDb(databaseUrl);
if (await seedDemoData(env.dataDir))
  log(`Seeded the demo workspace (projects in ${path.join(env.dataDir, "projects")}).`);
const admin = await ensureInitialAdmin({
  email: env.MC_ADMIN_EMAIL,
  password: env.MC_ADMIN_PASSWORD,
});

const url = `http://${env.HOST}:${env.PORT}`;
const external = Boolean(env.INNGEST_BASE_URL || env.INNGEST_DEV);
const signingKey = external ? env.INNGEST_SIGNING_KEY : secrets.inngestSigningKey;
const eventKey = external ? env.INNGEST_EVENT_KEY : secrets.inngestEventKey;
// The app registers this origin on a sync; the local runner accepts no other.
const serveOrigin = external ? (env.INNGEST_SERVE_ORIGIN ?? url) : url;
const runner = external
  ? undefined
  : new LocalRunner({
      databaseUrl,
      signingKey: secrets.inngestSigningKey,
      eventKey: secrets.inngestEventKey,
      appUrl: `${serveOrigin}${SERVE_PATH}`,
      port: env.MC_RUNNER_PORT,
    });
const inngestBaseUrl = runner ? await runner.start() : env.INNGEST_BASE_URL;
log(
  runner
    ? `Local Inngest runner on ${inngestBaseUrl}.`
    : `Using the Inngest server at ${inngestBaseUrl ?? "INNGEST_DEV"}.`,
);

const next = startAppProcess(
  path.resolve("node_modules/.bin/next"),
  ["start", "--hostname", env.HOST, "--port", String(env.PORT)],
  appProcessEnv({
    DATABASE_URL: databaseUrl,
    MC_DATA_DIR: env.dataDir,
    AUTH_SECRET: env.AUTH_SECRET ?? secrets.authSecret,
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    MC_SUPERVISOR_PID: String(process.pid),
    MC_RUNNER: runner ? "local" : "external",
    INNGEST_SERVE_ORIGIN: serveOrigin,
    ...(inngestBaseUrl ? { INNGEST_BASE_URL: inngestBaseUrl } : {}),
    ...(signingKey ? { INNGEST_SIGNING_KEY: signingKey } : {}),
    ...(eventKey ? { INNGEST_EVENT_KEY: eventKey } : {}),
    ...(env.INNGEST_DEV ? { INNGEST_DEV: env.INNGEST_DEV } : {}),
    NODE_ENV: "production",
  }),
);

let stopOutbox = () => {};
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  stopOutbox();
  await runner?.stop();
  next.kill("SIGTERM");
  await next;
  await disconnectDb();
  await stopPostgres();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => void shutdown(0));
void next.then((result) => {
  if (!stopping) {
    console.error(`Next.js exited (${result.exitCode ?? result.signal}).`);
    void shutdown(result.exitCode || 1);
  }
});

await waitForHealthy(`${url}/api/health`);
if (runner) await runner.sync();
stopOutbox = startOutboxSender({
  baseUrl: inngestBaseUrl,
  eventKey,
  dev: Boolean(env.INNGEST_DEV),
  onError: (error) => console.error("[outbox]", error instanceof Error ? error.message : error),
});
printSignInBanner({ url, admin, configuredEmail: env.MC_ADMIN_EMAIL });
