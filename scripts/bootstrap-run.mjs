// Runs a TypeScript script after making sure the dependencies are installed.
import { bin, ensureInstalled, run } from "./bootstrap.mjs";

ensureInstalled();
process.exit(run(bin("tsx"), ["--conditions=react-server", ...process.argv.slice(2)]));
