import { runCommand } from "@/lib/subprocess/run-command";
import { runSubprocess } from "@/lib/subprocess/run-subprocess";

const GIT_ENV = {
  GIT_AUTHOR_NAME: "Mission Control",
  GIT_AUTHOR_EMAIL: "mission-control@localhost",
  GIT_COMMITTER_NAME: "Mission Control",
  GIT_COMMITTER_EMAIL: "mission-control@localhost",
  GIT_TERMINAL_PROMPT: "0",
};

/** Its stdout, or an error naming the command; `env` is added to git's own (e.g. commit dates). */
export function git(cwd: string, args: readonly string[], env: Record<string, string> = {}) {
  return runCommand("git", args, { cwd, env: { ...GIT_ENV, ...env } });
}

/** For commands whose exit code carries an answer (`merge-tree` exits 1 on a conflict). */
export async function gitWithExitCode(cwd: string, args: readonly string[]) {
  const result = await runSubprocess("git", args, { cwd, env: GIT_ENV, timeoutMs: 60_000 });
  if (result.exitCode === null)
    throw new Error(`git ${args.join(" ")} did not finish: ${result.spawnError ?? result.signal}`);
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

export async function isGitRepository(dir: string): Promise<boolean> {
  try {
    return (await git(dir, ["rev-parse", "--is-inside-work-tree"])) === "true";
  } catch {
    return false;
  }
}

/** Like `git`, with a longer timeout: clone, fetch, push, and checkouts of big trees. */
export function gitSlow(cwd: string, args: readonly string[], timeoutMs = 10 * 60_000) {
  return runCommand("git", args, { cwd, env: GIT_ENV, timeoutMs });
}
