import { rm } from "node:fs/promises";
import { git } from "@/lib/runner/git";
import { findWorktree } from "@/lib/runner/git/list-worktrees";
import { retryOnGitLock } from "@/lib/runner/git/retry-on-git-lock";

/**
 * Removes the worktree at `worktreePath`, whatever state it is in: registered or only a
 * directory left by a crash, locked by an interrupted `worktree add`, or already gone.
 * The path must be one Mission Control owns; its directory is deleted.
 */
export async function discardWorktree(repo: string, worktreePath: string) {
  const entry = await findWorktree(repo, worktreePath);
  if (entry?.locked) await git(repo, ["worktree", "unlock", worktreePath]).catch(() => undefined);
  if (entry) {
    await retryOnGitLock(() => git(repo, ["worktree", "remove", "--force", worktreePath])).catch(
      () => undefined, // a missing or broken directory: deleted and pruned below
    );
  }
  await rm(worktreePath, { recursive: true, force: true });
  await retryOnGitLock(() => git(repo, ["worktree", "prune"]));
}
