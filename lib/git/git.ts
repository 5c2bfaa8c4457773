import { runCommand } from "@/lib/subprocess/run-command";

const GIT_ENV = {
  GIT_AUTHOR_NAME: "Mission Control",
  GIT_AUTHOR_EMAIL: "mission-control@localhost",
  GIT_COMMITTER_NAME: "Mission Control",
  GIT_COMMITTER_EMAIL: "mission-control@localhost",
  GIT_TERMINAL_PROMPT: "0",
};

export function git(cwd: string, args: readonly string[]) {
  return runCommand("git", args, { cwd, env: GIT_ENV });
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
