import { git, gitWithExitCode } from "@/lib/git/git";

export type MergeOntoResult =
  | { status: "merged"; commit: string; tree: string }
  | { status: "conflicted"; files: string[] }
  | { status: "empty" };

export type MergeOntoInput = {
  repo: string;
  /** The candidate so far: green's head, or the previous unit's merge commit in the batch. */
  base: string;
  /** The tree of `base` when the caller knows it (the previous merge's): saves a git call. */
  baseTree?: string;
  unitHead: string;
  message: string;
  /** The merge commit's author and committer date: the same inputs make the same commit. */
  date: Date;
};

/**
 * Merges a unit's head onto `base` without a worktree (`merge-tree --write-tree`, then
 * `commit-tree` with both parents). Nothing moves: no branch, index or files change. A unit
 * that adds nothing to `base` is "empty"; a conflict names the files.
 */
export async function mergeOnto(input: MergeOntoInput): Promise<MergeOntoResult> {
  const merged = await gitWithExitCode(input.repo, [
    ...["-c", "core.quotePath=false", "merge-tree", "--write-tree", "--name-only", "--no-messages"],
    ...[input.base, input.unitHead],
  ]);
  const [tree = "", ...files] = merged.stdout.split("\n").filter(Boolean);
  if (merged.exitCode === 1) return { status: "conflicted", files: [...new Set(files)] };
  if (merged.exitCode !== 0 || !tree)
    throw new Error(`git merge-tree failed: ${merged.stderr || merged.stdout}`);
  const baseTree = input.baseTree ?? (await git(input.repo, ["rev-parse", `${input.base}^{tree}`]));
  if (tree === baseTree) return { status: "empty" };
  const date = `${Math.floor(input.date.getTime() / 1000)} +0000`;
  const commit = await git(
    input.repo,
    ["commit-tree", tree, "-p", input.base, "-p", input.unitHead, "-m", input.message],
    { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  );
  return { status: "merged", commit, tree };
}
