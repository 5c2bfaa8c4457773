import { runCommand } from "@/lib/runner/run-command";

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
