import { discardWorktree } from "@/lib/git/discard-worktree";
import { greenWorktreePath } from "@/lib/git/paths";

/**
 * Removes the green worktree (the green branch itself stays). Optional: `prepareGreenBranch`
 * reuses it, with the verification command's ignored files such as installed dependencies.
 */
export async function removeGreenWorktree(input: {
  repo: string;
  worktreeRoot: string;
}): Promise<void> {
  await discardWorktree(input.repo, greenWorktreePath(input.worktreeRoot));
}
