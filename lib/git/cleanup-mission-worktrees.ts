import { pruneWorktrees } from "@/lib/git/discard-worktree";
import { unitBranchName } from "@/lib/git/paths";
import { removeUnitWorktree } from "@/lib/git/remove-unit-worktree";

export type CleanupMissionWorktreesInput = {
  repo: string;
  worktreeRoot: string;
  unitIds: readonly string[];
  /** Branches to keep (conflicted units), as branch names `mc/unit/<id>` or bare unit ids. */
  keepBranches: readonly string[];
};

/**
 * Removes the worktrees of a mission's units and the branches of those not kept, one unit at a
 * time, then prunes git's worktree records. Idempotent: units already cleaned up are skipped.
 */
export async function cleanupMissionWorktrees(
  input: CleanupMissionWorktreesInput,
): Promise<{ deletedBranches: string[]; keptBranches: string[] }> {
  const keep = new Set(input.keepBranches);
  const deletedBranches: string[] = [];
  const keptBranches: string[] = [];
  for (const unitId of input.unitIds) {
    const branch = unitBranchName(unitId);
    const deleteBranch = !keep.has(branch) && !keep.has(unitId);
    await removeUnitWorktree({
      repo: input.repo,
      worktreeRoot: input.worktreeRoot,
      unitId,
      deleteBranch,
    });
    (deleteBranch ? deletedBranches : keptBranches).push(branch);
  }
  await pruneWorktrees(input.repo);
  return { deletedBranches, keptBranches };
}
