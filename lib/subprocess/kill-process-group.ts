/** Sends `signal` to the whole process group led by `pid`: the command and all it started. */
export function killProcessGroup(pid: number | undefined, signal: NodeJS.Signals) {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}
