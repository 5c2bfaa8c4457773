import { access, mkdir } from "node:fs/promises";
import { discardWorktree, pruneWorktrees } from "@/lib/git/discard-worktree";
import { gitSlow } from "@/lib/git/git";
import { unitBranchName, unitWorktreePath } from "@/lib/git/paths";
import { isGitLockError, retryOnGitLock } from "@/lib/git/retry-on-git-lock";

export type CreateUnitWorktreeInput = {
  repo: string;
  worktreeRoot: string;
  unitId: string;
  fromCommit: string;
};

/**
 * A fresh worktree `<worktreeRoot>/unit-<unitId>` on branch `mc/unit/<unitId>` at `fromCommit`.
 * A unit step that runs again runs its agent again from scratch, so an existing worktree and
 * branch of the unit are discarded and made anew, never reused half-done. Safe to call
 * concurrently for different units of one repository.
 */
export async function createUnitWorktree(
  input: CreateUnitWorktreeInput,
): Promise<{ path: string; branch: string }> {
  const { repo } = input;
  const worktree = unitWorktreePath(input.worktreeRoot, input.unitId);
  const branch = unitBranchName(input.unitId);
  const add = () =>
    gitSlow(repo, ["worktree", "add", "--quiet", "-B", branch, worktree, input.fromCommit]);
  await mkdir(input.worktreeRoot, { recursive: true });
  await retryOnGitLock(async () => {
    const exists = await access(worktree).then(
      () => true,
      () => false,
    );
    if (exists) await discardWorktree(repo, worktree);
    await add().catch(async (error) => {
      if (isGitLockError(error)) throw error;
      // A registration a crash left behind (this path, or the branch at a vanished path).
      await discardWorktree(repo, worktree);
      await pruneWorktrees(repo);
      await add();
    });
  });
  return { path: worktree, branch };
}
