import { access, mkdir } from "node:fs/promises";
import path from "node:path";
import { discardWorktree, pruneWorktrees } from "@/lib/git/discard-worktree";
import { git, gitSlow } from "@/lib/git/git";
import { retryOnGitLock } from "@/lib/git/retry-on-git-lock";

/** `<worktreeRoot>/verify-<slot>`: where the merge train verifies candidates, one per slot. */
export function verifyWorktreePath(worktreeRoot: string, slot: number) {
  return path.resolve(worktreeRoot, `verify-${slot}`);
}

/**
 * The verify worktree of `slot`, detached at `commit` and clean. It is kept between batches and
 * missions (ignored files too, so installed dependencies survive); one that a crash broke is
 * made anew.
 */
export async function checkoutVerifyWorktree(input: {
  repo: string;
  worktreeRoot: string;
  slot: number;
  commit: string;
}) {
  const worktree = verifyWorktreePath(input.worktreeRoot, input.slot);
  const exists = await access(path.join(worktree, ".git")).then(
    () => true,
    () => false,
  );
  if (exists) {
    const reused = await gitSlow(worktree, [
      "checkout",
      "--detach",
      "--force",
      "--quiet",
      input.commit,
    ])
      .then(() => git(worktree, ["clean", "-fd", "--quiet"]))
      .then(
        () => true,
        () => false,
      );
    if (reused) return worktree;
    await discardWorktree(input.repo, worktree);
  }
  await mkdir(input.worktreeRoot, { recursive: true });
  const add = () =>
    gitSlow(input.repo, ["worktree", "add", "--quiet", "--detach", worktree, input.commit]);
  await retryOnGitLock(() =>
    add().catch(async () => {
      await discardWorktree(input.repo, worktree);
      await pruneWorktrees(input.repo);
      await add();
    }),
  );
  return worktree;
}
