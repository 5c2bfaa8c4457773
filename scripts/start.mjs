// `npm start`: installs what is missing, builds when the sources changed, then serves.
import { spawn } from "node:child_process";
import { ensureBuilt, ensureInstalled, root } from "./bootstrap.mjs";
import { ensureBubblewrap } from "./ensure-bubblewrap.mjs";

ensureInstalled();
ensureBubblewrap();
ensureBuilt();

const child = spawn(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", "scripts/serve.ts"],
  {
    cwd: root,
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
