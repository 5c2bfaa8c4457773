import { getEnv } from "@/lib/env";

/**
 * `npm start` supervises the Next server. If the supervisor is killed outright (SIGKILL), nothing
 * would stop this process and it would keep the port; so it leaves when it is orphaned.
 */
export function exitWhenOrphaned() {
  const supervisor = getEnv().MC_SUPERVISOR_PID;
  if (!supervisor) return;
  const timer = setInterval(() => {
    if (process.ppid !== supervisor) process.exit(0);
  }, 1_000);
  timer.unref();
}
