import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { UserInputError } from "@/lib/errors/user-input-error";
import { isGitRepository } from "@/lib/git/git";
import { readSetting } from "@/lib/settings/read-setting";

const isWithin = (root: string, candidate: string) =>
  candidate === root || candidate.startsWith(`${root}${path.sep}`);

async function realRoots(roots: string[]) {
  const resolved = await Promise.all(roots.map((root) => realpath(root).catch(() => undefined)));
  return resolved.filter((root): root is string => Boolean(root));
}

/**
 * A project folder a person typed, resolved (symlinks too) and confined to the allowed roots
 * (settings: `projects.allowed_roots`). It must be an existing directory; whether it is a git
 * repository is reported, not required. A path outside the roots gets the same answer whether
 * it exists or not: the typed path is judged before the disk is read.
 */
export async function resolveProjectPath(input: string) {
  if (!path.isAbsolute(input)) throw new UserInputError("Use an absolute path.", "path");
  const allowed = await readSetting("projects.allowed_roots");
  const outside = new UserInputError(
    `${input} is outside the allowed folders (${allowed.join(", ")}); an admin can add folders in Settings.`,
    "path",
  );
  const roots = await realRoots(allowed);
  const typed = path.resolve(input);
  const typedRoots = [...allowed.map((root) => path.resolve(root)), ...roots];
  if (!typedRoots.some((root) => isWithin(root, typed))) throw outside;
  const real = await realpath(typed).catch(() => undefined);
  if (!real) throw new UserInputError(`${input} does not exist.`, "path");
  if (!roots.some((root) => isWithin(root, real))) throw outside;
  if (!(await stat(real)).isDirectory())
    throw new UserInputError(`${input} is not a folder.`, "path");
  return { path: real, isGitRepository: await isGitRepository(real) };
}
