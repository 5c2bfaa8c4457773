import { git } from "@/lib/runner/git";

/** Lines added plus lines removed between two commits (binary files count as none). */
export async function changedLines(cwd: string, from: string, to: string) {
  const numstat = await git(cwd, ["diff", "--numstat", "--no-renames", from, to]);
  let total = 0;
  for (const line of numstat.split("\n")) {
    const [added, removed] = line.split("\t");
    total += (Number(added) || 0) + (Number(removed) || 0);
  }
  return total;
}
