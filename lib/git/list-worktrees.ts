import { realpathSync } from "node:fs";
import path from "node:path";
import { git } from "@/lib/git/git";

export type WorktreeEntry = {
  path: string;
  head: string | null;
  /** The full ref name (`refs/heads/mc/green`), or null when detached or bare. */
  branch: string | null;
  locked: boolean;
  prunable: boolean;
};

/** The worktrees git has registered for a repository (`git worktree list --porcelain -z`). */
export async function listWorktrees(repo: string): Promise<WorktreeEntry[]> {
  const output = await git(repo, ["worktree", "list", "--porcelain", "-z"]);
  const entries: WorktreeEntry[] = [];
  let current: WorktreeEntry | null = null;
  for (const field of output.split("\0")) {
    if (field === "") {
      current = null;
      continue;
    }
    const space = field.indexOf(" ");
    const key = space === -1 ? field : field.slice(0, space);
    const value = space === -1 ? "" : field.slice(space + 1);
    if (key === "worktree") {
      current = { path: value, head: null, branch: null, locked: false, prunable: false };
      entries.push(current);
    } else if (current) {
      if (key === "HEAD") current.head = value;
      else if (key === "branch") current.branch = value;
      else if (key === "locked") current.locked = true;
      else if (key === "prunable") current.prunable = true;
    }
  }
  return entries;
}

function canonical(p: string) {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

export function isSamePath(a: string, b: string) {
  return path.resolve(a) === path.resolve(b) || canonical(a) === canonical(b);
}

export async function findWorktree(repo: string, worktreePath: string) {
  return (await listWorktrees(repo)).find((entry) => isSamePath(entry.path, worktreePath)) ?? null;
}
