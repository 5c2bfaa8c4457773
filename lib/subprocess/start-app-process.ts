import { execa } from "execa";

/**
 * Starts one of Mission Control's own long-lived processes (the Next.js server under the
 * supervisor) with exactly `env`: unlike a command from a project or an agent, it is ours and
 * needs our secrets. Its output goes to the supervisor's terminal; it dies with the supervisor.
 */
export function startAppProcess(
  file: string,
  args: readonly string[],
  env: Record<string, string>,
) {
  return execa(file, args, {
    stdio: "inherit",
    reject: false,
    extendEnv: false,
    env,
    cleanup: true,
  });
}
