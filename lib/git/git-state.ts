import { access } from "node:fs/promises";
import path from "node:path";
import { git } from "@/lib/git/git";

/** The commit a full ref name (`refs/heads/x`) points at, or null when there is no such ref. */
export async function refCommit(repo: string, ref: string): Promise<string | null> {
  const lines = await git(repo, ["for-each-ref", "--format=%(objectname) %(refname)", ref]);
  for (const line of lines.split("\n")) {
    const [commit, name] = line.split(" ");
    if (name === ref) return commit;
  }
  return null;
}

export function branchCommit(repo: string, branch: string) {
  return refCommit(repo, `refs/heads/${branch}`);
}

/** The full commit id of `revision`, or null when it names no commit. */
export async function resolveCommit(cwd: string, revision: string): Promise<string | null> {
  try {
    return await git(cwd, [
      "rev-parse",
      "--verify",
      "--quiet",
      "--end-of-options",
      `${revision}^{commit}`,
    ]);
  } catch {
    return null;
  }
}

export function headCommit(cwd: string) {
  return git(cwd, ["rev-parse", "--verify", "HEAD"]);
}

/** Whether every commit of `ancestor` is in `descendant` (true when they are the same). */
export async function isAncestor(cwd: string, ancestor: string, descendant: string) {
  const count = await git(cwd, ["rev-list", "--count", `${descendant}..${ancestor}`]);
  return count === "0";
}

export async function hasUncommittedChanges(cwd: string) {
  return (await git(cwd, ["status", "--porcelain", "--untracked-files=all"])) !== "";
}

function fileExists(file: string) {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** Whether a worktree has a git state file such as MERGE_HEAD or REVERT_HEAD. */
export async function hasGitStateFile(worktree: string, name: string) {
  return fileExists(path.resolve(worktree, await git(worktree, ["rev-parse", "--git-path", name])));
}

/** Puts a worktree Mission Control owns back to its HEAD commit: no changes, no merge underway. */
export async function resetWorktreeToHead(worktree: string) {
  await git(worktree, ["reset", "--hard", "--quiet", "HEAD"]);
  await git(worktree, ["clean", "-fd", "--quiet"]);
}

/**
 * The HEAD commit of a worktree Mission Control owns, after putting it back to that commit if
 * anything is in the way: files a command wrote, or a merge or revert a crash left underway
 * (its staged or unmerged entries show as changes).
 */
export async function cleanWorktreeHead(worktree: string) {
  const lines = (
    await git(worktree, ["status", "--porcelain=v2", "--branch", "--untracked-files=all"])
  ).split("\n");
  const head = lines.find((line) => line.startsWith("# branch.oid "))?.slice(13);
  if (!head || head === "(initial)") throw new Error(`${worktree} has no commit checked out.`);
  if (lines.some((line) => line !== "" && !line.startsWith("#"))) {
    await resetWorktreeToHead(worktree);
  }
  return head;
}
