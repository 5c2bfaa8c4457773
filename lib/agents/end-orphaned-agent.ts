import { readFile } from "node:fs/promises";
import { killProcessGroup } from "@/lib/subprocess/kill-process-group";

/**
 * Ends the process group of an agent that a dead runner left running, but only when the process
 * is still that agent: its environment must hold `marker` (pids are reused). Linux only; elsewhere
 * the orphan is left to its own timeout.
 */
export async function endOrphanedAgent(pid: number, marker: string): Promise<boolean> {
  const environ = await readFile(`/proc/${pid}/environ`, "utf8").catch(() => "");
  if (!environ.split("\0").includes(marker)) return false;
  killProcessGroup(pid, "SIGKILL");
  return true;
}
