// `npm run bench`: the local runner benchmark, then the hub, the mission and the real-agent
// benchmarks, each in its own process and printing its own section. `npm run bench -- hub` (or
// `runner`, `mission`, `agents`) runs one of them.
// The hub benchmark serves the production build in `.next`, shared with anything else that builds
// or serves it: run the whole thing under the shared lock, `flock /tmp/mc-e2e.lock npm run bench`.
import { bin, ensureBuilt, ensureInstalled, run } from "../bootstrap.mjs";

const known = ["runner", "hub", "mission", "agents"];
const chosen = process.argv.slice(2);
for (const name of chosen)
  if (!known.includes(name)) {
    console.error(`Unknown benchmark "${name}"; choose from: ${known.join(", ")}.`);
    process.exit(2);
  }
const benches = chosen.length ? known.filter((name) => chosen.includes(name)) : known;

ensureInstalled();
// Built first, so that the build does not run beside a measurement.
if (benches.includes("hub")) ensureBuilt();

let failed = 0;
for (const name of benches) {
  const status = run(bin("tsx"), ["--conditions=react-server", `scripts/bench/${name}-bench.ts`]);
  if (status !== 0) {
    console.error(`\n✖ The ${name} benchmark failed (exit ${status}).`);
    failed = status;
  }
}
process.exit(failed);
