import { z } from "zod";
import { findSetting } from "@/lib/data/settings/find-setting";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";

const HEARTBEAT_KEY = "runner.heartbeat";
const heartbeatSchema = z.object({ at: z.iso.datetime(), source: z.string() });

/** Written by the heartbeat cron function: proof that scheduled functions run. */
export async function recordRunnerHeartbeat(source: string, at = new Date()) {
  await upsertSetting(
    HEARTBEAT_KEY,
    { at: at.toISOString(), source },
    "Last tick of the runner heartbeat function",
  );
  return at.toISOString();
}

export async function readRunnerHeartbeat(): Promise<Date | null> {
  const setting = await findSetting(HEARTBEAT_KEY);
  const parsed = heartbeatSchema.safeParse(setting?.value);
  return parsed.success ? new Date(parsed.data.at) : null;
}
