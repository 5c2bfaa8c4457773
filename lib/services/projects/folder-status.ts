import { stat } from "node:fs/promises";
import path from "node:path";

/** A cheap look at a project's folder for its card: does it exist, and does it hold a `.git`. */
export async function folderStatus(folder: string) {
  const [dir, gitDir] = await Promise.all([
    stat(folder).catch(() => undefined),
    stat(path.join(folder, ".git")).catch(() => undefined),
  ]);
  return { exists: Boolean(dir?.isDirectory()), isGitRepository: Boolean(gitDir) };
}
