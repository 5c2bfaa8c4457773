import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { git, gitSlow } from "@/lib/git/git";
import { isAncestor } from "@/lib/git/git-state";
import { isSamePath, listWorktrees } from "@/lib/git/list-worktrees";
import { projectCloneDir } from "@/lib/git/paths";
import { retryOnGitLock } from "@/lib/git/retry-on-git-lock";

export type EnsureRepositoryInput = {
  projectPath?: string | null;
  cloneUrl?: string | null;
  dataDir: string;
  projectId: string;
  /**
   * For a clone that already exists: true fetches the remote, false never does, and by default
   * it is fetched when its last fetch is more than a minute old (so parallel unit steps calling
   * this do not each fetch).
   */
  refresh?: boolean;
};

const REFRESH_INTERVAL_MS = 60_000;

/**
 * The path of the project's git repository. With a clone URL, the project is cloned once into
 * `<dataDir>/repos/<projectId>` and fetched on later calls (see `refresh`), its local branches
 * fast-forwarded to the remote's; otherwise `projectPath` must be a git repository (the user's
 * own checkout, which is only read from here).
 */
export async function ensureRepository(input: EnsureRepositoryInput): Promise<string> {
  const cloneUrl = input.cloneUrl?.trim();
  if (cloneUrl) {
    const dir = projectCloneDir(input.dataDir, input.projectId);
    return ensureClone(cloneUrl, dir, input.refresh);
  }
  if (!input.projectPath?.trim()) {
    throw new Error("The project has neither a repository path nor a clone URL.");
  }
  return existingRepository(path.resolve(input.projectPath));
}

async function isDirectory(dir: string) {
  return stat(dir).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

function errorText(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}

/** Hides a password or token written into a URL before it goes into an error message. */
function redactUrl(url: string) {
  return url.replace(/\/\/[^/@]*@/, "//***@");
}

async function existingRepository(dir: string) {
  if (!(await isDirectory(dir))) throw new Error(`The project's repository ${dir} does not exist.`);
  let bare: string;
  try {
    bare = await git(dir, ["rev-parse", "--is-bare-repository"]);
  } catch (error) {
    throw new Error(`${dir} is not a git repository: ${errorText(error)}`);
  }
  if (bare === "true") return git(dir, ["rev-parse", "--absolute-git-dir"]);
  return git(dir, ["rev-parse", "--show-toplevel"]);
}

async function isCloneAt(dir: string) {
  if (!(await isDirectory(dir))) return false;
  try {
    return isSamePath(await git(dir, ["rev-parse", "--show-toplevel"]), dir);
  } catch {
    return false;
  }
}

async function ensureClone(cloneUrl: string, dir: string, refresh: boolean | undefined) {
  if (await isCloneAt(dir)) {
    const due = refresh ?? (await lastFetchAge(dir)) > REFRESH_INTERVAL_MS;
    if (due) await refreshClone(cloneUrl, dir);
    return dir;
  }
  // A directory that is not a finished clone is what a crash left behind.
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.dirname(dir), { recursive: true });
  const partial = `${dir}.cloning-${randomBytes(4).toString("hex")}`;
  try {
    await gitSlow(path.dirname(dir), [
      ...["-c", "protocol.ext.allow=never"],
      ...["clone", "--quiet", "--", cloneUrl, partial],
    ]);
    // Detached, so that no branch is held by the clone's own working tree.
    await git(partial, ["checkout", "--quiet", "--detach"]);
    await rename(partial, dir);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    if (await isCloneAt(dir)) return dir; // a concurrent call finished first
    throw new Error(`Could not clone ${redactUrl(cloneUrl)}: ${errorText(error)}`);
  }
  return dir;
}

/** Milliseconds since the clone was last fetched (or made). */
async function lastFetchAge(dir: string) {
  for (const name of ["FETCH_HEAD", "HEAD"]) {
    const file = path.resolve(dir, await git(dir, ["rev-parse", "--git-path", name]));
    const modified = await stat(file).then(
      (stats) => stats.mtimeMs,
      () => null,
    );
    if (modified !== null) return Date.now() - modified;
  }
  return Number.POSITIVE_INFINITY;
}

/** Fetches the remote and fast-forwards the clone's local branches that track it. */
async function refreshClone(cloneUrl: string, dir: string) {
  const current = await git(dir, ["remote", "get-url", "origin"]).catch(() => null);
  if (current === null) await git(dir, ["remote", "add", "origin", cloneUrl]);
  else if (current !== cloneUrl) await git(dir, ["remote", "set-url", "origin", cloneUrl]);
  try {
    await retryOnGitLock(() =>
      gitSlow(dir, ["-c", "protocol.ext.allow=never", "fetch", "--quiet", "--prune", "origin"]),
    );
  } catch (error) {
    throw new Error(`Could not fetch ${redactUrl(cloneUrl)}: ${errorText(error)}`);
  }
  const checkedOut = new Set((await listWorktrees(dir)).map((entry) => entry.branch));
  const refs = await git(dir, [
    "for-each-ref",
    "--format=%(refname)%00%(objectname)%00%(upstream)",
    "refs/heads",
  ]);
  for (const line of refs.split("\n").filter(Boolean)) {
    const [ref, local, upstream] = line.split("\0");
    if (!upstream.startsWith("refs/remotes/origin/") || checkedOut.has(ref)) continue;
    const remote = await git(dir, ["rev-parse", "--verify", "--quiet", upstream]).catch(() => null);
    if (remote && remote !== local && (await isAncestor(dir, local, remote))) {
      // Best effort: a concurrent refresh may have moved the branch already.
      await git(dir, [
        "update-ref",
        "-m",
        "mission control: fast-forward",
        ref,
        remote,
        local,
      ]).catch(() => undefined);
    }
  }
}
