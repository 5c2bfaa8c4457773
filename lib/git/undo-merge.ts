import { OWN_COMMIT_CONFIG } from "@/lib/git/commit-options";
import { git } from "@/lib/git/git";
import { cleanWorktreeHead, isAncestor, resolveCommit } from "@/lib/git/git-state";

/**
 * Takes a merge back out of green. While green's head is still that merge, green is moved back
 * to the merge's first parent (`reset --hard`); once green has moved past it, the merge is
 * reverted (`git revert -m 1`) so later merges stay. Idempotent: a merge no longer reachable
 * from green, or already reverted on it, is "already-undone".
 */
export async function undoMerge(input: {
  greenWorktree: string;
  mergeCommit: string;
}): Promise<"undone" | "already-undone"> {
  const { greenWorktree } = input;
  const head = await cleanWorktreeHead(greenWorktree);
  const merge = await resolveCommit(greenWorktree, input.mergeCommit);
  if (!merge) return "already-undone";

  if (head === merge) {
    await git(greenWorktree, ["reset", "--hard", "--quiet", `${merge}^1`]);
    return "undone";
  }
  if (!(await isAncestor(greenWorktree, merge, head))) return "already-undone";
  if (await isReverted(greenWorktree, merge, head)) return "already-undone";

  await git(greenWorktree, ["revert", "--quit"]); // forget a revert a crash left underway
  try {
    await git(greenWorktree, [...OWN_COMMIT_CONFIG, "revert", "-m", "1", "--no-edit", merge]);
  } catch (error) {
    await git(greenWorktree, ["revert", "--abort"]).catch(() => undefined);
    await git(greenWorktree, ["reset", "--hard", "--quiet", head]);
    throw new Error(
      `Could not revert merge ${merge.slice(0, 12)} on green: ${error instanceof Error ? error.message : error}`,
    );
  }
  return "undone";
}

async function isReverted(cwd: string, merge: string, head: string) {
  const reverts = await git(cwd, [
    ...["log", "--format=%H", "--fixed-strings", `--grep=This reverts commit ${merge}`],
    `${merge}..${head}`,
  ]);
  return reverts !== "";
}
