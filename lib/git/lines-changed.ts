import { git } from "@/lib/git/git";

/** Lines added and removed by `head` since it left `base` (`diff --numstat base...head`). */
export async function linesChanged(repo: string, base: string, head: string) {
  const numstat = await git(repo, ["diff", "--numstat", `${base}...${head}`]);
  return numstat
    .split("\n")
    .filter(Boolean)
    .reduce((sum, line) => {
      const [added, removed] = line.split("\t");
      return sum + (Number(added) || 0) + (Number(removed) || 0);
    }, 0);
}
