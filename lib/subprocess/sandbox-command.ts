import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";
import { findExecutable } from "@/lib/subprocess/find-executable";
import { type GitDirs, gitDirsOf } from "@/lib/subprocess/git-dirs";

/** New namespaces for everything but the network (the model API on loopback stays reachable). */
export const NAMESPACE_FLAGS = [
  "--unshare-user-try",
  "--unshare-pid",
  "--unshare-ipc",
  "--unshare-uts",
  "--unshare-cgroup-try",
  "--die-with-parent",
  "--cap-drop",
  "ALL",
];

const SYSTEM_DIRS = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];
// What programs read from /etc (users, name resolution, certificates, time zone, the linker's
// cache, alternatives); never shadow, ssh keys or other services' configuration.
const ETC_ENTRIES = [
  "alternatives",
  "ca-certificates",
  "ca-certificates.conf",
  "debian_version",
  "gai.conf",
  "gitconfig",
  "group",
  "host.conf",
  "hosts",
  "ld.so.cache",
  "ld.so.conf",
  "ld.so.conf.d",
  "localtime",
  "mime.types",
  "nsswitch.conf",
  "os-release",
  "passwd",
  "protocols",
  "resolv.conf",
  "services",
  "shells",
  "ssl",
  "terminfo",
  "timezone",
];

export type SandboxRequest = {
  file: string;
  args: readonly string[];
  cwd: string;
  /** The child's whole environment (PATH finds the command; HOME is made private). */
  env: Record<string, string>;
  /** A HOME folder of the run's own, seen read-write (a real agent CLI's config lives there). */
  home?: string;
  /** Mission Control's data directory: nothing of it is seen but the working directory. */
  dataDir: string;
};

export type SandboxedCommand = { file: string; args: string[] } | { spawnError: string };

const realpathOr = (file: string) => {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
};
const isInside = (child: string, parent: string) =>
  child === parent || child.startsWith(parent === "/" ? "/" : `${parent}/`);
const isSystemPath = (file: string) => SYSTEM_DIRS.some((dir) => isInside(file, dir));

function systemMounts() {
  const mounts: string[] = [];
  const bound: string[] = [];
  for (const dir of SYSTEM_DIRS) {
    const info = lstatSync(dir, { throwIfNoEntry: false });
    if (info?.isSymbolicLink()) mounts.push("--symlink", readlinkSync(dir), dir);
    else if (info?.isDirectory()) {
      mounts.push("--ro-bind", dir, dir);
      bound.push(dir);
    }
  }
  for (const entry of ETC_ENTRIES) mounts.push("--ro-bind-try", `/etc/${entry}`, `/etc/${entry}`);
  return { mounts, bound };
}

/** Node's installation and the command's own package, when they live outside the system. */
function programPaths(command: string) {
  const paths: string[] = [];
  const node = realpathOr(process.execPath);
  if (!isSystemPath(node)) paths.push(path.dirname(path.dirname(node)));
  if (isSystemPath(command)) return paths;
  // A CLI installed by npm needs its neighbours in node_modules.
  const packages = command.match(/^(.*?\/node_modules)\//)?.[1];
  if (packages) return [...paths, packages];
  return [...paths, command, realpathOr(command)];
}

/** Git's own files that run code or point elsewhere: a command in the sandbox cannot change them. */
function gitGuards(git: GitDirs) {
  const guards = ["config", "hooks", "worktrees"].map((name) => [
    "--ro-bind-try",
    path.join(git.commonDir, name),
    path.join(git.commonDir, name),
  ]);
  if (git.gitDir !== git.commonDir)
    guards.push(
      ["--bind", git.gitDir, git.gitDir],
      ...["commondir", "gitdir"].map((name) => [
        "--ro-bind-try",
        path.join(git.gitDir, name),
        path.join(git.gitDir, name),
      ]),
    );
  if (git.dotGitIsFile) guards.push(["--ro-bind", git.dotGit, git.dotGit]);
  return guards.flat();
}

/**
 * The bubblewrap command line that runs `file` with `args` in `cwd` seeing only: its work tree
 * (read-write) and the repository's git common dir (so it can commit; config, hooks and other
 * worktrees' git dirs read-only), a private HOME (or `home`), /tmp and /var/tmp, the system
 * (/usr, a few files of /etc) and the command's and node's installations read-only, and nothing
 * of the data directory beyond that. The network is shared. A command that cannot be found gives
 * a spawn error, as it would without the sandbox.
 */
export function sandboxCommand(bwrap: string, request: SandboxRequest): SandboxedCommand {
  const cwd = realpathOr(request.cwd);
  const command = findExecutable(request.file, request.env.PATH ?? "", cwd);
  if (!command) return { spawnError: `spawn ${request.file} ENOENT` };
  const dataDir = realpathOr(request.dataDir);
  const git = gitDirsOf(cwd);
  const writable = [git?.top ?? cwd];
  if (git && !isInside(git.commonDir, git.top)) writable.push(git.commonDir);
  const home = request.home ? realpathOr(request.home) : undefined;
  const privateHome = request.env.HOME && request.env.HOME !== "/" ? request.env.HOME : undefined;
  const programs = [...new Set(programPaths(command))].filter(
    (dir) => !isInside(dir, dataDir) && !writable.some((bound) => isInside(dir, bound)),
  );
  const system = systemMounts();

  const args = [...NAMESPACE_FLAGS, ...system.mounts, "--proc", "/proc", "--dev", "/dev"];
  args.push("--tmpfs", "/tmp", "--tmpfs", "/var/tmp");
  if (privateHome && privateHome !== home) args.push("--tmpfs", privateHome);
  for (const dir of programs) args.push("--ro-bind", dir, dir);
  const ownFolders = [...(home ? [home] : []), ...writable];
  for (const dir of ownFolders) args.push("--bind", dir, dir);
  const bound = [...system.bound, ...programs, ...ownFolders];
  if (bound.some((dir) => isInside(dataDir, dir))) {
    args.push("--tmpfs", dataDir);
    for (const dir of ownFolders.filter((own) => isInside(own, dataDir) && own !== dataDir))
      args.push("--bind", dir, dir);
  }
  if (git) args.push(...gitGuards(git));
  args.push("--chdir", cwd, "--unsetenv", "TMPDIR", "--setenv", "CLAUDE_CODE_BUBBLEWRAP", "1");
  return { file: bwrap, args: [...args, "--", command, ...request.args] };
}
