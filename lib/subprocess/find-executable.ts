import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";

/**
 * Where `command` runs from, as `execvp` would find it: a path (resolved against `cwd`) as it is,
 * a bare name in `searchPath`. Undefined when there is no such executable.
 */
export function findExecutable(command: string, searchPath: string, cwd = process.cwd()) {
  if (command.includes("/")) {
    const resolved = path.resolve(cwd, command);
    return isExecutable(resolved) ? resolved : undefined;
  }
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.resolve(cwd, dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(file: string) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
