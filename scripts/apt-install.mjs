// Installs Debian packages with apt-get: directly as root, through sudo otherwise.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/** Whether `name` is an executable in PATH. */
export function onPath(name) {
  return (process.env.PATH ?? "")
    .split(path.delimiter)
    .some((dir) => dir && existsSync(path.join(dir, name)));
}

/** Runs `apt-get update` and `apt-get install` for `packages`; true when both succeeded. */
export function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args) => {
    const [file, fileArgs] =
      process.getuid?.() === 0
        ? ["apt-get", args]
        : ["sudo", ["--preserve-env=DEBIAN_FRONTEND", "apt-get", ...args]];
    const result = spawnSync(file, fileArgs, { stdio: "inherit", env });
    return !result.error && result.status === 0;
  };
  return apt(["update", "-qq"]) && apt(["install", "-y", "-qq", ...packages]);
}
