import { accessSync, constants } from "node:fs";
import path from "node:path";
import { startingEnvironment } from "@/lib/env";

/**
 * Where the executable `command` is: a path is taken as it is (resolved), a bare name is looked up
 * in PATH and then in Mission Control's own `node_modules/.bin` (the agent CLIs it installs).
 * Undefined when there is no such executable.
 */
export function resolveAgentCommand(command: string): string | undefined {
  if (!command) return undefined;
  if (command.includes("/")) {
    const resolved = path.resolve(command);
    return isExecutable(resolved) ? resolved : undefined;
  }
  const dirs = [
    ...(startingEnvironment().PATH ?? "").split(path.delimiter).filter(Boolean),
    path.resolve(/*turbopackIgnore: true*/ process.cwd(), "node_modules/.bin"),
  ];
  for (const dir of dirs) {
    const candidate = path.join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(file: string) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
