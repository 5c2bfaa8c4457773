// Runs one session launch's agent step, as the session-launch function's first step does, in a
// process of its own, so that a test can SIGKILL it mid-run. Reads DATABASE_URL and
// MC_LAUNCH_SESSION_ID.
import { connectDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { runSessionLaunch } from "@/lib/services/launcher/run-session-launch";

await connectDb(getEnv().DATABASE_URL ?? "");
await runSessionLaunch(process.env.MC_LAUNCH_SESSION_ID ?? "");
