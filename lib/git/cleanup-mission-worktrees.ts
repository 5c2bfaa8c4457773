import { access } from "node:fs/promises";
import { discardWorktree, pruneWorktrees } from "@/lib/git/discard-worktree";
import { git } from "@/lib/git/git";
import { isSamePath, listWorktrees } from "@/lib/git/list-worktrees";
import { unitBranchName, unitWorktreePath } from "@/lib/git/paths";
import { retryOnGitLock } from "@/lib/git/retry-on-git-lock";

export type CleanupMissionWorktreesInput = {
  repo: string;
  worktreeRoot: string;
  unitIds: readonly string[];
  /** Branches to keep (conflicted units), as branch names `mc/unit/<id>` or bare unit ids. */
  keepBranches: readonly string[];
};

const exists = (dir: string) =>
  access(dir).then(
    () => true,
    () => false,
  );

/**
 * Removes the worktrees of a mission's units that are still there (most went when their unit
 * ended), then the branches of those not kept in one `git branch -D`, and prunes git's worktree
 * records. Idempotent: units already cleaned up are skipped.
 */
export async function cleanupMissionWorktrees(
  input: CleanupMissionWorktreesInput,
): Promise<{ deletedBranches: string[]; keptBranches: string[] }> {
  const keep = new Set(input.keepBranches);
  const registered = await listWorktrees(input.repo);
  for (const unitId of input.unitIds) {
    const worktree = unitWorktreePath(input.worktreeRoot, unitId);
    if (registered.some((entry) => isSamePath(entry.path, worktree)) || (await exists(worktree)))
      await discardWorktree(input.repo, worktree);
  }
  const branches = input.unitIds.map((unitId) => ({
    branch: unitBranchName(unitId),
    kept: keep.has(unitBranchName(unitId)) || keep.has(unitId),
  }));
  const existing = new Set(
    (await git(input.repo, ["for-each-ref", "--format=%(refname:short)", "refs/heads/mc/unit/"]))
      .split("\n")
      .filter(Boolean),
  );
  const doomed = branches.filter((entry) => !entry.kept && existing.has(entry.branch));
  if (doomed.length)
    await retryOnGitLock(() =>
      git(input.repo, ["branch", "-D", ...doomed.map((entry) => entry.branch)]),
    );
  await pruneWorktrees(input.repo);
  return {
    deletedBranches: branches.filter((entry) => !entry.kept).map((entry) => entry.branch),
    keptBranches: branches.filter((entry) => entry.kept).map((entry) => entry.branch),
  };
}
