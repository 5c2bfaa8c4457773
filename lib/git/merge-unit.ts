import { lastCommitLines } from "@/lib/git/changed-lines";
import { OWN_COMMIT_CONFIG } from "@/lib/git/commit-options";
import { git, gitSlow } from "@/lib/git/git";
import { branchCommit, cleanWorktreeHead, hasGitStateFile } from "@/lib/git/git-state";

export type MergeUnitResult =
  | { status: "merged"; commit: string; linesChanged: number }
  | { status: "already-merged"; commit: string }
  | { status: "conflicted"; files: string[] }
  | { status: "empty" };

export type MergeUnitInput = { greenWorktree: string; unitBranch: string; message: string };

/**
 * Merges a unit's branch into green (`git merge --no-ff` in the green worktree). Idempotent:
 * a unit whose head is already in green is reported with the merge commit that brought it in
 * ("already-merged") or, when no merge did, as "empty". A conflict aborts the merge and leaves
 * green exactly as it was. Merges of one project must not run concurrently.
 */
export async function mergeUnit(input: MergeUnitInput): Promise<MergeUnitResult> {
  const { greenWorktree } = input;
  const branch = input.unitBranch.replace(/^refs\/heads\//, "");
  const before = await cleanWorktreeHead(greenWorktree);
  try {
    await gitSlow(greenWorktree, [
      ...OWN_COMMIT_CONFIG,
      ...["merge", "--no-ff", "--no-edit", "--quiet", "-m", input.message],
      `refs/heads/${branch}`,
    ]);
  } catch (error) {
    const files = await conflictedFiles(greenWorktree);
    if (await hasGitStateFile(greenWorktree, "MERGE_HEAD")) {
      await git(greenWorktree, ["merge", "--abort"]).catch(() => undefined);
    }
    await git(greenWorktree, ["reset", "--hard", "--quiet", before]);
    await git(greenWorktree, ["clean", "-fd", "--quiet"]);
    if (files.length > 0) return { status: "conflicted", files };
    if (!(await branchCommit(greenWorktree, branch))) {
      throw new Error(`The unit branch ${branch} does not exist.`);
    }
    throw error;
  }

  const { commit, linesChanged } = await lastCommitLines(greenWorktree);
  if (commit !== before) return { status: "merged", commit, linesChanged };
  // "Already up to date": the unit's head was in green before this call.
  const unitHead = await branchCommit(greenWorktree, branch);
  const mergeCommit = unitHead ? await mergeCommitOf(greenWorktree, unitHead, before) : null;
  return mergeCommit ? { status: "already-merged", commit: mergeCommit } : { status: "empty" };
}

/** The newest merge on green's first-parent line that brought `unitHead` in. */
async function mergeCommitOf(cwd: string, unitHead: string, greenHead: string) {
  const merges = await git(cwd, [
    ...["rev-list", "--first-parent", "--merges", "--parents"],
    `${unitHead}..${greenHead}`,
  ]);
  for (const line of merges.split("\n").filter(Boolean)) {
    const [commit, , ...merged] = line.split(" ");
    if (merged.includes(unitHead)) return commit;
  }
  return null;
}

async function conflictedFiles(cwd: string) {
  const names = await git(cwd, [
    ...["-c", "core.quotePath=false", "diff", "--name-only", "-z", "--diff-filter=U"],
  ]).catch(() => "");
  return [...new Set(names.split("\0").filter(Boolean))];
}
