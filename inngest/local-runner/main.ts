// Runs the local runner on its own: `node --conditions=react-server --import tsx inngest/local-runner/main.ts`.
// Reads DATABASE_URL, INNGEST_SIGNING_KEY, INNGEST_EVENT_KEY, MC_RUNNER_PORT and, optionally,
// MC_RUNNER_SYNC_URL (the app's serve URL, synced once the runner is up; the only URL it accepts).
import { z } from "zod";
import { LocalRunner } from "@/inngest/local-runner/local-runner";
import { getEnv } from "@/lib/env";

const env = z
  .object({
    DATABASE_URL: z.url(),
    INNGEST_SIGNING_KEY: z.string().regex(/^signkey-\w+-[0-9a-f]+$/),
    INNGEST_EVENT_KEY: z.string().min(1),
    MC_RUNNER_PORT: z.number(),
    MC_RUNNER_SYNC_URL: z.url().optional(),
  })
  .parse(getEnv());

const runner = new LocalRunner({
  databaseUrl: env.DATABASE_URL,
  signingKey: env.INNGEST_SIGNING_KEY,
  eventKey: env.INNGEST_EVENT_KEY,
  appUrl: env.MC_RUNNER_SYNC_URL,
  port: env.MC_RUNNER_PORT,
});
const url = await runner.start();
if (env.MC_RUNNER_SYNC_URL) await runner.sync();
console.log(`local runner listening on ${url}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void runner.stop().then(() => process.exit(0)));
}
