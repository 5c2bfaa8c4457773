import { git } from "@/lib/runner/git";
import { OWN_COMMIT_CONFIG } from "@/lib/runner/git/commit-options";
import { hasUncommittedChanges } from "@/lib/runner/git/git-state";

/** Commits whatever the agent left uncommitted in its worktree; returns whether it committed. */
export async function commitLeftoverChanges(input: {
  worktree: string;
  message: string;
}): Promise<boolean> {
  if (!(await hasUncommittedChanges(input.worktree))) return false;
  await git(input.worktree, ["add", "--all"]);
  // Changes git cannot stage (a dirty submodule) leave nothing to commit.
  if ((await git(input.worktree, ["diff", "--cached", "--name-only"])) === "") return false;
  await git(input.worktree, [...OWN_COMMIT_CONFIG, "commit", "--quiet", "-m", input.message]);
  return true;
}
