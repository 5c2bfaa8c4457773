import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { git, isGitRepository } from "@/lib/git/git";

/** A real git repository with one commit on `main`; an existing one is left as it is. */
export async function createDemoRepository(
  dir: string,
  files: Record<string, string>,
): Promise<void> {
  if (await isGitRepository(dir)) return;
  await mkdir(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  await git(dir, ["init", "--quiet", "--initial-branch=main"]);
  await git(dir, ["add", "--all"]);
  await git(dir, ["commit", "--quiet", "--message", "Initial commit"]);
}
