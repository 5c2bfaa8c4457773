// A runner host as `npm start` runs it: the local runner and the app's real Inngest functions
// (served through the SDK's serve()) in one process, so that a test can SIGKILL both at once.
// Reads DATABASE_URL, MC_DATA_DIR, INNGEST_SIGNING_KEY, INNGEST_EVENT_KEY, INNGEST_BASE_URL
// (the runner's address) and MC_HOST_APP_PORT.
import { createServer } from "node:http";
import { serve } from "inngest/node";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";
import { LocalRunner } from "@/inngest/local-runner/local-runner";
import { connectDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

const env = getEnv();
const runnerPort = Number(new URL(env.INNGEST_BASE_URL ?? "").port);
const appPort = Number(process.env.MC_HOST_APP_PORT);
await connectDb(env.DATABASE_URL ?? "");
const app = createServer(serve({ client: inngest, functions }));
await new Promise<void>((resolve) => app.listen(appPort, "127.0.0.1", resolve));
const runner = new LocalRunner({
  databaseUrl: env.DATABASE_URL ?? "",
  signingKey: env.INNGEST_SIGNING_KEY ?? "",
  eventKey: env.INNGEST_EVENT_KEY ?? "",
  port: runnerPort,
});
await runner.start();
await runner.sync(`http://127.0.0.1:${appPort}/`);
console.log("mission host ready");
