// `npm test`: lint, type-check, unit, integration and e2e tests, then one totals line.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bin, ensureBuilt, ensureInstalled, root, run } from "./bootstrap.mjs";
import { ensureBubblewrap } from "./ensure-bubblewrap.mjs";
import { ensureChromium } from "./ensure-chromium.mjs";
import { readTotals } from "./test-totals.mjs";

const results = path.join(root, "test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

ensureInstalled();
ensureChromium();
ensureBubblewrap();

const failedChecks = [];
const step = (name, file, args, env) => {
  console.log(`\n━━ ${name}`);
  const status = run(file, args, env ? { env: { ...process.env, ...env } } : undefined);
  if (status !== 0) failedChecks.push(name);
  return status;
};

step("lint (biome)", bin("biome"), ["check", "--error-on-warnings", "."]);
step("type-check (tsc)", bin("tsc"), ["--noEmit"]);
step("unit and integration tests (vitest)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${path.join(results, "vitest.json")}`,
]);
console.log("\n━━ build");
ensureBuilt();
step("e2e tests (playwright, chromium)", bin("playwright"), ["test"], {
  NEXT_TELEMETRY_DISABLED: "1",
});

const totals = readTotals(results, failedChecks);
writeFileSync(path.join(results, "totals.txt"), `${totals.line}\n`);
if (failedChecks.length) console.log(`\nFailed: ${failedChecks.join(", ")}`);
console.log(`\n${totals.line}`);
process.exit(failedChecks.length || totals.failed ? 1 : 0);
