import { git } from "@/lib/git/git";

/** What a merge brought into green (stat, then patch), cut to `maxChars` for the reviewer. */
export async function diffOfMerge(input: {
  greenWorktree: string;
  mergeCommit: string;
  maxChars: number;
}): Promise<string> {
  const range = [`${input.mergeCommit}^1`, input.mergeCommit];
  const options = ["diff", "--no-color", "--no-ext-diff", "--stat=100"];
  const diff = await git(input.greenWorktree, [...options, "--patch", ...range]).catch(() =>
    // Too big to hold in memory: the reviewer gets the summary alone.
    git(input.greenWorktree, [...options, ...range]),
  );
  if (diff.length <= input.maxChars) return diff;
  const keep = Math.max(0, input.maxChars - 60);
  return `${diff.slice(0, keep)}\n[diff truncated: ${diff.length - keep} more characters]`;
}
