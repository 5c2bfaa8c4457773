import { readFileSync, statSync } from "node:fs";
import path from "node:path";

export type GitDirs = {
  /** The work tree's root: the folder holding `.git`. */
  top: string;
  /** `top/.git`: a folder, or for a linked worktree a file naming its git dir. */
  dotGit: string;
  dotGitIsFile: boolean;
  /** The work tree's own git dir (HEAD, index); the common dir itself for a main checkout. */
  gitDir: string;
  /** Objects, refs, config and hooks, shared by every worktree of the repository. */
  commonDir: string;
};

const readText = (file: string) => {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return undefined;
  }
};

/**
 * The git folders a command in `dir` uses, found as git finds them (the nearest `.git` above
 * `dir`, a `gitdir:` file, a `commondir` file), without running git. Undefined outside a
 * repository, and for a repository at the file system's root.
 */
export function gitDirsOf(dir: string): GitDirs | undefined {
  for (let top = dir; top !== path.dirname(top); top = path.dirname(top)) {
    const dotGit = path.join(top, ".git");
    const info = statSync(dotGit, { throwIfNoEntry: false });
    if (!info) continue;
    const named = info.isFile() ? readText(dotGit)?.match(/^gitdir: (.+)$/m)?.[1] : undefined;
    if (info.isFile() && !named) return undefined;
    const gitDir = named ? path.resolve(top, named) : dotGit;
    const common = readText(path.join(gitDir, "commondir"));
    const commonDir = common ? path.resolve(gitDir, common) : gitDir;
    return { top, dotGit, dotGitIsFile: info.isFile(), gitDir, commonDir };
  }
  return undefined;
}
