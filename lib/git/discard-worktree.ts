import { rm } from "node:fs/promises";
import { git } from "@/lib/git/git";
import { findWorktree } from "@/lib/git/list-worktrees";
import { retryOnGitLock } from "@/lib/git/retry-on-git-lock";

/**
 * Removes the worktree at `worktreePath` (`git worktree remove --force`), whatever state it is
 * in: registered, only a directory a crash left, registered with its directory gone, locked by
 * an interrupted `worktree add`, or already gone. The path must be one Mission Control owns.
 */
export async function discardWorktree(repo: string, worktreePath: string) {
  const removed = await retryOnGitLock(() =>
    git(repo, ["worktree", "remove", "--force", worktreePath]),
  ).then(
    () => true,
    () => false,
  );
  if (removed) return;
  const entry = await findWorktree(repo, worktreePath);
  if (entry?.locked) await git(repo, ["worktree", "unlock", worktreePath]).catch(() => undefined);
  await rm(worktreePath, { recursive: true, force: true });
  if (entry) await pruneWorktrees(repo);
}

/** Forgets registered worktrees whose directories are gone (`git worktree prune`). */
export function pruneWorktrees(repo: string) {
  return retryOnGitLock(() => git(repo, ["worktree", "prune"]));
}
