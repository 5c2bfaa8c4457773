import { git } from "@/lib/git/git";

function sumNumstat(lines: string[]) {
  let total = 0;
  for (const line of lines) {
    const [added, removed] = line.split("\t");
    total += (Number(added) || 0) + (Number(removed) || 0);
  }
  return total;
}

/**
 * HEAD's commit id and the lines it added plus removed against its first parent (binary files
 * count as none), in one git call.
 */
export async function lastCommitLines(cwd: string) {
  const [commit, ...numstat] = (
    await git(cwd, [
      ...["log", "-1", "--format=%H", "--numstat", "--no-renames"],
      ...["--diff-merges=first-parent", "HEAD"],
    ])
  ).split("\n");
  return { commit, linesChanged: sumNumstat(numstat) };
}
