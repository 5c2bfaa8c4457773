import { git } from "@/lib/runner/git";
import { headCommit } from "@/lib/runner/git/git-state";

/** What a unit changed since `since` (the commit its worktree was made from). */
export async function unitCommits(input: {
  worktree: string;
  since: string;
}): Promise<{ head: string; commits: number; files: string[] }> {
  const head = await headCommit(input.worktree);
  const commits = Number(
    await git(input.worktree, ["rev-list", "--count", `${input.since}..${head}`]),
  );
  const names = await git(input.worktree, [
    ...["-c", "core.quotePath=false", "diff", "--name-only", "-z", "--no-renames"],
    `${input.since}...${head}`,
  ]);
  return { head, commits, files: names.split("\0").filter(Boolean) };
}
