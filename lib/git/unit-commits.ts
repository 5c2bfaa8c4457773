import { git } from "@/lib/git/git";
import { headCommit } from "@/lib/git/git-state";

/** What a unit changed since `since` (the commit its worktree was made from). */
export async function unitCommits(input: {
  worktree: string;
  since: string;
}): Promise<{ head: string; commits: number; files: string[] }> {
  const { worktree, since } = input;
  const commits = (await git(worktree, ["rev-list", `${since}..HEAD`])).split("\n").filter(Boolean);
  const head = commits[0] ?? (await headCommit(worktree));
  const names = await git(worktree, [
    ...["-c", "core.quotePath=false", "diff", "--name-only", "-z", "--no-renames"],
    `${since}...${head}`,
  ]);
  return { head, commits: commits.length, files: names.split("\0").filter(Boolean) };
}
