import { git } from "@/lib/git/git";
import { branchCommit, isAncestor } from "@/lib/git/git-state";

/**
 * Moves the green branch from `from` to a verified candidate `to` (`update-ref` with the old
 * value checked, no worktree touched). Idempotent: a green already at or past `to` is left.
 */
export async function landOnGreen(input: {
  repo: string;
  greenBranch: string;
  from: string;
  to: string;
  message: string;
}): Promise<"landed" | "already-landed"> {
  const ref = `refs/heads/${input.greenBranch}`;
  const current = await branchCommit(input.repo, input.greenBranch);
  if (current && (current === input.to || (await isAncestor(input.repo, input.to, current))))
    return "already-landed";
  if (current !== input.from)
    throw new Error(
      `${input.greenBranch} moved to ${current?.slice(0, 10) ?? "nothing"} while a batch was verified on ${input.from.slice(0, 10)}.`,
    );
  await git(input.repo, ["update-ref", "-m", input.message, ref, input.to, input.from]);
  return "landed";
}
