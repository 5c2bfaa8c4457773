import { mkdir } from "node:fs/promises";
import { gitSlow } from "@/lib/runner/git";
import { discardWorktree } from "@/lib/runner/git/discard-worktree";
import { unitBranchName, unitWorktreePath } from "@/lib/runner/git/paths";
import { retryOnGitLock } from "@/lib/runner/git/retry-on-git-lock";

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
  const worktree = unitWorktreePath(input.worktreeRoot, input.unitId);
  const branch = unitBranchName(input.unitId);
  await mkdir(input.worktreeRoot, { recursive: true });
  await retryOnGitLock(async () => {
    await discardWorktree(input.repo, worktree);
    await gitSlow(input.repo, [
      ...["worktree", "add", "--quiet", "-B", branch],
      ...[worktree, input.fromCommit],
    ]);
  });
  return { path: worktree, branch };
}
