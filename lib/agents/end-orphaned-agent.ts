import { readFile } from "node:fs/promises";
import { killProcessGroup } from "@/lib/subprocess/kill-process-group";

/**
 * Ends the process group of an agent that a dead runner left running, but only when the process
 * is still that agent: its environment must hold every entry of `runEnv`, the variables the run
 * was started with (pids are reused). Linux only; elsewhere the orphan is left to its timeout.
 */
export async function endOrphanedAgent(
  pid: number,
  runEnv: Record<string, string>,
): Promise<boolean> {
  const environ = (await readFile(`/proc/${pid}/environ`, "utf8").catch(() => "")).split("\0");
  if (!Object.entries(runEnv).every(([name, value]) => environ.includes(`${name}=${value}`)))
    return false;
  killProcessGroup(pid, "SIGKILL");
  return true;
}
