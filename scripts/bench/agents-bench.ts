// The real-agent benchmark (issue "Real agents"): the time one worker unit takes with each real
// agent CLI against the scripted model server, compared in the same run with the bundled scripted
// agent doing the same unit. Each run is `runAgent`, the path every mission unit takes: the
// worker prompt, the CLI in a fresh git worktree with its own HOME and config, its stream parsed.
// The unit is the same on every side: write `bench.txt`, commit it, print MC_RESULT (the real CLIs
// do it in three model turns, the scripted agent in one process). The model server answers at
// once, so what is measured is the CLI's own cost per unit: start-up, tool calls, shutdown.
//
// Settings (environment): BENCH_AGENT_RUNS (5 per agent). Prints the median and p90 per agent and
// the ratio of each median to the scripted agent's.
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { runAgent } from "@/lib/agents/run-agent";
import { git } from "@/lib/git/git";
import { parseWorkerResult } from "@/lib/mission/markers";
import { workerPrompt } from "@/lib/mission/prompts";
import { DEFAULT_AGENT_PROFILES } from "@/lib/settings/default-agent-profiles";
import type { AgentProfile } from "@/lib/validation/agent-profiles";
import { percentile } from "@/scripts/bench/percentile";
import { startModelServer } from "@/scripts/model-server/start-model-server";
import { committingWorker, realCliProfile } from "@/tests/support/real-agents";

const RUNS = Number(process.env.BENCH_AGENT_RUNS ?? 5);
const KEY = "bench";
const prompt = workerPrompt({
  objective: "Measure one unit",
  unit: {
    key: KEY,
    title: "Write bench.txt",
    description: "Adds bench.txt.",
    files_hint: ["bench.txt"],
    acceptance: "bench.txt exists",
  },
});

const root = await realpath(await mkdtemp(path.join(tmpdir(), "mc-agents-bench-")));
const server = await startModelServer({
  script: { conversations: [{ match: `MC_UNIT: ${KEY}`, turns: committingWorker(KEY) }] },
});

async function freshRepository(name: string) {
  const repo = path.join(root, name);
  await mkdir(path.join(repo, ".mission-control"), { recursive: true });
  await writeFile(path.join(repo, "README.md"), "# bench\n");
  await writeFile(
    path.join(repo, ".mission-control", "mission-script.json"),
    JSON.stringify({
      units: {
        [KEY]: { behaviour: "ok", edits: [{ path: "bench.txt", content: "bench was here\n" }] },
      },
    }),
  );
  await git(repo, ["init", "--quiet", "--initial-branch=main"]);
  await git(repo, ["add", "--all"]);
  await git(repo, ["commit", "--quiet", "--message", "Initial commit"]);
  return repo;
}

async function timeUnit(profile: AgentProfile, run: number) {
  const repo = await freshRepository(`${profile.id}-${run}`);
  const started = performance.now();
  const agent = await runAgent({ profile, prompt, cwd: repo, apiKey: "bench-key" });
  const ms = performance.now() - started;
  const result = parseWorkerResult(agent.text);
  const committed = await git(repo, ["show", "HEAD:bench.txt"]).catch(() => "");
  if (!result.ok || committed !== "bench was here")
    throw new Error(`${profile.id} run ${run} did not do the unit: ${agent.text.slice(-300)}`);
  return ms;
}

const scripted = DEFAULT_AGENT_PROFILES.find((profile) => profile.kind === "scripted");
if (!scripted) throw new Error("no scripted profile");
const agents: AgentProfile[] = [
  scripted,
  realCliProfile("claude-code", server),
  realCliProfile("codex", server),
  realCliProfile("gemini", server),
];

console.log(`\n## Agents: one worker unit (write, commit, MC_RESULT), ${RUNS} runs each\n`);
const medians = new Map<string, number>();
try {
  for (const profile of agents) {
    await timeUnit(profile, 0); // warm the file cache; not counted
    const samples: number[] = [];
    for (let run = 1; run <= RUNS; run++) samples.push(await timeUnit(profile, run));
    const median = percentile(samples, 50);
    medians.set(profile.id, median);
    const ratio = median / (medians.get("scripted") ?? median);
    console.log(
      `${profile.name.padEnd(22)} median ${(median / 1000).toFixed(2)} s  p90 ${(percentile(samples, 90) / 1000).toFixed(2)} s  ${ratio.toFixed(1)}× the scripted agent`,
    );
  }
} finally {
  await server.close();
  await rm(root, { recursive: true, force: true });
}
