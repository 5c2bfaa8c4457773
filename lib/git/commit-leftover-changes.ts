import { OWN_COMMIT_CONFIG } from "@/lib/git/commit-options";
import { git } from "@/lib/git/git";
import { hasUncommittedChanges } from "@/lib/git/git-state";

/** Commits whatever the agent left uncommitted in its worktree; returns whether it committed. */
export async function commitLeftoverChanges(input: {
  worktree: string;
  message: string;
}): Promise<boolean> {
  const { worktree } = input;
  if (!(await hasUncommittedChanges(worktree))) return false;
  await git(worktree, ["add", "--all"]);
  try {
    await git(worktree, [...OWN_COMMIT_CONFIG, "commit", "--quiet", "-m", input.message]);
    return true;
  } catch (error) {
    // Changes git cannot stage (a dirty submodule) leave nothing to commit.
    if ((await git(worktree, ["diff", "--cached", "--name-only"])) === "") return false;
    throw error;
  }
}
