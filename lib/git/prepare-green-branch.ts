import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { discardWorktree } from "@/lib/git/discard-worktree";
import { git, gitSlow } from "@/lib/git/git";
import {
  branchCommit,
  headCommit,
  isAncestor,
  refCommit,
  resetWorktreeToHead,
} from "@/lib/git/git-state";
import { isSamePath, listWorktrees } from "@/lib/git/list-worktrees";
import { greenWorktreePath } from "@/lib/git/paths";
import { retryOnGitLock } from "@/lib/git/retry-on-git-lock";

export type PrepareGreenBranchInput = {
  repo: string;
  baseBranch: string;
  greenBranch: string;
  worktreeRoot: string;
};

/**
 * Creates the green branch from the base branch, or fast-forwards it when the base moved ahead
 * and green has no commits of its own (a green that diverged is kept), then makes the green
 * worktree `<worktreeRoot>/green` exist, be on green and be clean. Ignored files are kept, so
 * the verification command's installed dependencies survive between missions.
 */
export async function prepareGreenBranch(
  input: PrepareGreenBranchInput,
): Promise<{ greenWorktree: string; head: string }> {
  const { repo, greenBranch } = input;
  const greenWorktree = greenWorktreePath(input.worktreeRoot);
  await git(repo, ["check-ref-format", "--branch", greenBranch]).catch(() => {
    throw new Error(`"${greenBranch}" is not a valid branch name.`);
  });
  await git(repo, ["worktree", "prune"]);
  const holder = (await listWorktrees(repo)).find(
    (entry) =>
      entry.branch === `refs/heads/${greenBranch}` && !isSamePath(entry.path, greenWorktree),
  );
  if (holder) {
    throw new Error(
      `${greenBranch} is checked out at ${holder.path}; Mission Control works on it only in its own worktree. Check out another branch there.`,
    );
  }

  const base = await baseCommit(repo, input.baseBranch);
  const green = await branchCommit(repo, greenBranch);
  if (!green) {
    await git(repo, ["branch", "--no-track", greenBranch, base]);
  } else if (green !== base && (await isAncestor(repo, green, base))) {
    await git(repo, [
      ...["update-ref", "-m", `mission control: fast-forward to ${input.baseBranch}`],
      ...[`refs/heads/${greenBranch}`, base, green],
    ]);
  }

  await ensureWorktreeOnBranch(repo, greenWorktree, greenBranch);
  return { greenWorktree, head: await headCommit(greenWorktree) };
}

/** The base branch's commit: the local branch, else the remote-tracking one of `origin`. */
async function baseCommit(repo: string, baseBranch: string) {
  const commit =
    (await branchCommit(repo, baseBranch)) ??
    (await refCommit(repo, `refs/remotes/origin/${baseBranch}`));
  if (!commit) throw new Error(`The base branch "${baseBranch}" does not exist in ${repo}.`);
  return commit;
}

async function ensureWorktreeOnBranch(repo: string, worktree: string, branch: string) {
  const entry = (await listWorktrees(repo)).find((item) => isSamePath(item.path, worktree));
  const usable = entry && (await isDirectory(worktree));
  if (!usable) {
    await discardWorktree(repo, worktree);
    await mkdir(path.dirname(worktree), { recursive: true });
    await retryOnGitLock(() => gitSlow(repo, ["worktree", "add", "--quiet", worktree, branch]));
    return;
  }
  if (entry.branch !== `refs/heads/${branch}`) {
    await gitSlow(worktree, ["checkout", "--force", "--quiet", branch]);
  }
  await resetWorktreeToHead(worktree);
}

function isDirectory(dir: string) {
  return stat(dir).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}
