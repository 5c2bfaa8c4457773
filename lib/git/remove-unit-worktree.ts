import { discardWorktree } from "@/lib/git/discard-worktree";
import { git } from "@/lib/git/git";
import { branchCommit } from "@/lib/git/git-state";
import { unitBranchName, unitWorktreePath } from "@/lib/git/paths";
import { retryOnGitLock } from "@/lib/git/retry-on-git-lock";

export type RemoveUnitWorktreeInput = {
  repo: string;
  worktreeRoot: string;
  unitId: string;
  deleteBranch: boolean;
};

/**
 * Removes a unit's worktree (if any) and, when asked, its branch `mc/unit/<unitId>`.
 * Idempotent, and safe to call concurrently for different units of one repository.
 */
export async function removeUnitWorktree(input: RemoveUnitWorktreeInput): Promise<void> {
  await discardWorktree(input.repo, unitWorktreePath(input.worktreeRoot, input.unitId));
  if (!input.deleteBranch) return;
  const branch = unitBranchName(input.unitId);
  await retryOnGitLock(() => git(input.repo, ["branch", "-D", branch])).catch(async (error) => {
    if (await branchCommit(input.repo, branch)) throw error;
  });
}
