// The mission benchmark (issue 5), with a no-op scripted agent (each unit writes and commits one
// small file of its own, so that every unit has a real merge). One run measures:
//
// 1. The plain-git baseline: a bash script (written to a temporary file) that, for N units one
//    after another, does what the loop does in git: `worktree add` of a unit branch from green,
//    the same agent run in it (the scripted agent with the loop's worker prompt; it commits its
//    own edit, as in the loop), `merge --no-ff` into the green worktree, `node --test` there,
//    `worktree remove`, `branch -D`. It spawns the agent too, so that both sides run the same
//    processes, and the agent's own time is subtracted from both. It runs before and after the
//    mission it is compared with, each time in a fresh repository; the mean counts, so that a
//    change in the machine's load weighs on both sides alike.
// 2. (b) The loop per unit: a mission of the same N units through the real local runner, the
//    step protocol (the app in its own process, as `npm start` runs it) and the database: 1
//    worker, approval policy never, verification `node --test`. Its execute/merge phase runs from
//    the end of the `order-r1` step body to the end of the round's last unit, train or review
//    step body, plus the `finish` step body (which removes the units' worktrees and branches).
//    The loop is pipelined (a unit runs while the train verifies the one before and the one
//    before that is reviewed), so overhead per unit = (phase − the time at least one agent ran
//    in it) / N; the ratio is that over the baseline's (time per unit − its agent's own time).
// 3. (c) 40 independent units (distinct top-level files: one layer, no narrowing of workers)
//    with 8 workers: wall time from the start event to the mission's finish, units merged per
//    minute, and the overhead share 1 − A / (T × min(workers, cores)), A the agent work (the
//    runs' uncontended time: the medians of step 2 per role), T the time: the share of the cores'
//    time not spent running agents, over the execute/merge phase and over the whole mission.
// 4. (a) The merge train against batch size 1 in the same run: 24 units, 8 workers, a
//    verification that takes a fixed 2 s and fails while a broken unit's file is in; 3 units are
//    broken. Units merged per minute over the execute/merge phase, and which units were undone.
//
// The agent's own time is measured in place, on both sides alike: every agent process gets
// `NODE_OPTIONS=--require <clock>` (the baseline on its command line, the loop through the agent
// profile's environment), and the clock appends the process's start (`performance.timeOrigin`)
// and exit time to a log. So it is each run's own life, spawn costs of the caller excluded, with
// no estimate carried from one side to the other.
// Step bodies are timed in the app process (`mission-bench-app.ts` wraps `step.run`); the time
// between them is the runner's round trip (HTTP, the SDK's replay, the runner's transactions).
//
// Settings (environment): BENCH_MISSION_UNITS (20), BENCH_MISSION_BIG_UNITS (40),
// BENCH_MISSION_WORKERS (8), BENCH_TRAIN_UNITS (24), BENCH_TRAIN_WORKERS (8), BENCH_KEEP_DIR=1 keeps the temporary directory,
// BENCH_MISSION_TIMINGS=<file> writes every timed step body there as JSON. Exits 0 when the
// targets are missed (it says so); non-zero only when something failed to run.
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from "node:fs/promises";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { execa, type ResultPromise } from "execa";
import { Inngest } from "inngest";
import { LocalRunner } from "@/inngest/local-runner/local-runner";
import { scriptedAgentPath } from "@/lib/agents/agent-invocation";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { connectDb, disconnectDb, getDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import type { PlannedUnit } from "@/lib/mission/markers";
import { workerPrompt } from "@/lib/mission/prompts";
import { runMigrations } from "@/lib/runtime/migrate";
import { DEFAULT_AGENT_PROFILES } from "@/lib/settings/default-agent-profiles";
import { percentile } from "@/scripts/bench/percentile";
import {
  createTestDatabase,
  dropStaleTestDatabases,
  runSql,
  startTestServer,
} from "@/tests/support/test-postgres";

function countSetting(name: string, fallback: number) {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1.`);
  return value;
}
const UNITS = countSetting("BENCH_MISSION_UNITS", 20);
const BIG_UNITS = countSetting("BENCH_MISSION_BIG_UNITS", 40);
const BIG_WORKERS = countSetting("BENCH_MISSION_WORKERS", 8);
const TRAIN_UNITS = countSetting("BENCH_TRAIN_UNITS", 24);
const TRAIN_WORKERS = countSetting("BENCH_TRAIN_WORKERS", 8);
// Three of part (a)'s units break the verification, spread over the mission.
const BROKEN_KEYS = new Set(
  [0.15, 0.5, 0.85].map((share) => unitKey(Math.floor(share * TRAIN_UNITS))),
);
const KEEP_DIR = process.env.BENCH_KEEP_DIR === "1";
const TARGET_RATIO = 1.3;
const TARGET_TRAIN_SPEEDUP = 3;
const TARGET_SHARE = 0.3;
const MISSION_TIMEOUT_MS = 30 * 60_000;
const CORES = os.availableParallelism();
const OBJECTIVE = "Add one small file per unit (mission benchmark)";
const PROFILE_ID = "bench-scripted";
const AGENT_ENV = { MC_SCRIPTED_AGENT_MISSION_DELAY_MS: "0" };

const median = (samples: number[]) => percentile(samples, 50);
const sum = (samples: number[]) => samples.reduce((total, value) => total + value, 0);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
const sleep = (delay: number) => new Promise((resolve) => setTimeout(resolve, delay));

// ---------------------------------------------------------------------------------------------
// The project: the same shape as the integration tests' mission projects.

// Part (a): a verification that takes a fixed 2 s and fails while any unit's broken-*.txt is in.
const SLOW_VERIFY_FILE = "verify-slow.mjs";
const SLOW_VERIFY_SOURCE = `import { readdirSync } from "node:fs";
await new Promise((resolve) => setTimeout(resolve, 2000));
const broken = readdirSync(".").filter((name) => name.startsWith("broken-"));
if (broken.length) { console.error("broken by " + broken.join(", ")); process.exit(1); }
console.log("verified");
`;

const PASSING_TEST = `import assert from "node:assert/strict";
import { test } from "node:test";
test("passes", () => assert.ok(true));
`;

function unitKey(index: number) {
  return `u${String(index + 1).padStart(2, "0")}`;
}

function plannedUnits(count: number): PlannedUnit[] {
  return Array.from({ length: count }, (_, index) => {
    const key = unitKey(index);
    return {
      key,
      title: `Unit ${key}`,
      description: `Adds ${key}.txt.`,
      files_hint: [`${key}.txt`],
      depends_on: [],
      acceptance: `${key}.txt exists`,
    };
  });
}

function missionScript(count: number, broken: ReadonlySet<string> = new Set()) {
  const plan = plannedUnits(count);
  return {
    lineDelayMs: 0,
    rounds: [{ plan, critic: [{ verdict: "sufficient", feedback: "Fine." }] }],
    units: Object.fromEntries(
      plan.map((unit) => [
        unit.key,
        {
          edits: [
            {
              path: broken.has(unit.key) ? `broken-${unit.key}.txt` : `${unit.key}.txt`,
              content: `${unit.key}\n`,
            },
          ],
        },
      ]),
    ),
  };
}

/**
 * A repository on `main` with a passing `node --test`, the slow verification of part (a) and the
 * mission script committed; the `broken` units add a file that the slow verification fails on.
 */
async function createRepository(repo: string, units: number, broken?: ReadonlySet<string>) {
  await mkdir(path.join(repo, ".mission-control"), { recursive: true });
  await mkdir(path.join(repo, "tests"), { recursive: true });
  await writeFile(path.join(repo, "tests", "ok.test.mjs"), PASSING_TEST);
  await writeFile(path.join(repo, "README.md"), `# ${path.basename(repo)}\n`);
  await writeFile(path.join(repo, SLOW_VERIFY_FILE), SLOW_VERIFY_SOURCE);
  await writeFile(
    path.join(repo, ".mission-control", "mission-script.json"),
    JSON.stringify(missionScript(units, broken)),
  );
  await git(repo, ["init", "--quiet", "--initial-branch=main"]);
  await git(repo, ["add", "--all"]);
  await git(repo, ["commit", "--quiet", "--message", "Initial commit"]);
}

// ---------------------------------------------------------------------------------------------
// The agent clock: each agent process logs its own start and exit.

const CLOCK_SOURCE = `// Preloaded into agent processes by the mission benchmark (NODE_OPTIONS=--require).
const { appendFileSync } = require("node:fs");
const { performance } = require("node:perf_hooks");
const log = process.env.BENCH_AGENT_CLOCK;
const prompt = process.argv[process.argv.indexOf("-p") + 1] || "";
const role = (prompt.match(/^MC_ROLE:[ \\t]*(\\S+)/m) || [])[1] || "other";
process.on("exit", () => {
  if (!log) return;
  const end = performance.timeOrigin + performance.now();
  appendFileSync(log, JSON.stringify({ role, start: performance.timeOrigin, end }) + "\\n");
});
`;

type AgentRun = { role: string; start: number; end: number };

async function agentRuns(log: string, from: number, to: number): Promise<AgentRun[]> {
  const text = await readFile(log, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AgentRun)
    .filter((run) => run.start >= from && run.end <= to);
}

const lifetimes = (runs: AgentRun[], role: string) =>
  runs.filter((run) => run.role === role).map((run) => run.end - run.start);

// ---------------------------------------------------------------------------------------------
// 1. The plain-git baseline.

const BASELINE_SCRIPT = `#!/usr/bin/env bash
# Plain-git baseline of the mission benchmark: per unit, what the mission loop does in git.
set -euo pipefail
repo=$1 green=$2 worktrees=$3 agent=$4 prompts=$5 clock=$6
shift 6
export GIT_AUTHOR_NAME="Mission Control" GIT_AUTHOR_EMAIL=mission-control@localhost
export GIT_COMMITTER_NAME="Mission Control" GIT_COMMITTER_EMAIL=mission-control@localhost
export GIT_TERMINAL_PROMPT=0
for key in "$@"; do
  wt="$worktrees/unit-$key"
  prompt=$(<"$prompts/$key.txt")
  t0=$EPOCHREALTIME
  git -C "$repo" worktree add --quiet -b "mc/unit/$key" "$wt" mc/green
  t1=$EPOCHREALTIME
  cd "$wt"
  NODE_OPTIONS="--require $clock" "$agent" -p "$prompt" --output-format stream-json >/dev/null
  t2=$EPOCHREALTIME
  cd "$green"
  git merge --no-ff --no-edit --quiet -m "Merge mc/unit/$key" "mc/unit/$key"
  t3=$EPOCHREALTIME
  node --test >/dev/null
  t4=$EPOCHREALTIME
  git -C "$repo" worktree remove --force "$wt"
  git -C "$repo" branch --quiet -D "mc/unit/$key"
  t5=$EPOCHREALTIME
  echo "unit $key $t0 $t1 $t2 $t3 $t4 $t5"
done
# The cost of one git subprocess from bash, to compare with one from the app (its /probe).
for run in $(seq 30); do
  t0=$EPOCHREALTIME
  git -C "$green" rev-parse HEAD >/dev/null
  t1=$EPOCHREALTIME
  echo "probe $t0 $t1"
done
`;

/** A repository like a mission's, with its green branch checked out in its own worktree. */
async function baselineRepository(dir: string, units: number) {
  const repo = path.join(dir, "repo");
  const worktrees = path.join(dir, "worktrees");
  const green = path.join(worktrees, "green");
  await createRepository(repo, units);
  await git(repo, ["worktree", "add", "--quiet", "-b", "mc/green", green, "main"]);
  return { repo, green, worktrees };
}

async function runBaseline(dir: string, clock: { file: string; log: string }) {
  const { repo, green, worktrees } = await baselineRepository(dir, UNITS);
  const units = plannedUnits(UNITS);
  const prompts = path.join(dir, "prompts");
  await mkdir(prompts, { recursive: true });
  for (const unit of units)
    await writeFile(
      path.join(prompts, `${unit.key}.txt`),
      workerPrompt({ objective: OBJECTIVE, unit, knowledge: [], procedures: [] }),
    );
  const script = path.join(dir, "baseline.sh");
  await writeFile(script, BASELINE_SCRIPT);
  const keys = units.map((unit) => unit.key);
  const { stdout } = await execa(
    "bash",
    [script, repo, green, worktrees, scriptedAgentPath(), prompts, clock.file, ...keys],
    { env: { LC_ALL: "C", BENCH_AGENT_CLOCK: clock.log, ...AGENT_ENV } },
  );
  const times = (kind: string) =>
    stdout
      .split("\n")
      .filter((line) => line.startsWith(`${kind} `))
      .map((line) =>
        line
          .split(" ")
          .slice(kind === "unit" ? 2 : 1)
          .map((time) => Number(time) * 1000),
      );
  const rows = times("unit");
  if (rows.length !== UNITS) throw new Error(`The baseline ran ${rows.length} of ${UNITS} units.`);
  const merged = await git(green, ["rev-list", "--count", "--merges", "main..HEAD"]);
  if (Number(merged) !== UNITS) throw new Error(`The baseline merged ${merged} of ${UNITS} units.`);
  const start = rows[0]?.[0] ?? 0;
  const end = rows.at(-1)?.[5] ?? 0;
  const agents = lifetimes(await agentRuns(clock.log, start, end), "worker");
  if (agents.length !== UNITS) throw new Error(`The agent clock saw ${agents.length} runs.`);
  const mean = (from: number, to: number) => sum(rows.map((row) => row[to] - row[from])) / UNITS;
  return {
    perUnit: (end - start) / UNITS,
    agent: sum(agents) / UNITS,
    spawnToExit: mean(1, 2),
    dispatch: mean(0, 2),
    worktreeAdd: mean(0, 1),
    mergeAndVerify: mean(2, 4),
    merge: mean(2, 3),
    verify: mean(3, 4),
    cleanup: mean(4, 5),
    gitProbe: median(times("probe").map(([from, to]) => to - from)),
    green,
  };
}

// ---------------------------------------------------------------------------------------------
// 2 and 3. Missions through the runner.

type StepTiming = { mission: string; id: string; start: number; end: number };

type MissionOptions = { mergeBatchSize?: number; broken?: ReadonlySet<string> };

async function createMissionProject(
  dataDir: string,
  name: string,
  units: number,
  options: MissionOptions,
) {
  const repo = path.join(dataDir, "projects", name);
  await createRepository(repo, units, options.broken);
  const project = await getDb().projectWorkspace.create({ data: { name, path: repo } });
  const verifyCommand = options.broken ? ["node", SLOW_VERIFY_FILE] : ["node", "--test"];
  await getDb().projectMissionSettings.create({ data: { projectId: project.id, verifyCommand } });
  return project;
}

const duration = (step: StepTiming) => step.end - step.start;

/** The length of the union of the steps' intervals: how long at least one of them ran. */
function covered(steps: StepTiming[]) {
  let length = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const step of [...steps].sort((a, b) => a.start - b.start)) {
    if (step.end <= reach) continue;
    length += step.end - Math.max(step.start, reach);
    reach = step.end;
  }
  return length;
}

/**
 * Splits a mission's timed step bodies into its phases. The execute/merge phase runs from the
 * end of `order-r1` to the end of the last unit, train or review step; in it, unit steps, train
 * steps (merge and verification) and review steps overlap (the loop is pipelined), so each is
 * given as the time at least one of its kind ran, and "between steps" is the time none ran.
 */
function analyseSteps(name: string, steps: StepTiming[]) {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const kind = (prefix: string) => steps.filter((step) => step.id.startsWith(prefix));
  const order = byId.get("order-r1");
  const finish = byId.get("finish");
  const [units, trains, reviews] = [kind("unit-"), kind("train-"), kind("review-")];
  if (!order || !finish || !trains.length)
    throw new Error(`The mission ${name} did not run the steps this benchmark expects.`);
  const executeEnd = Math.max(...[...units, ...trains, ...reviews].map((step) => step.end));
  const inWindow = steps.filter((step) => step.start >= order.end && step.end <= executeEnd);
  const execute = executeEnd - order.end;
  return {
    orderEnd: order.end,
    executeEnd,
    execute,
    cleanup: duration(finish),
    phase: execute + duration(finish),
    betweenSteps: execute - covered(inWindow),
    unitsRunning: covered(units),
    trainsRunning: covered(trains),
    reviewsRunning: covered(reviews),
    trainSteps: trains.length,
    stepsInRun: steps.length,
  };
}

async function runMission(
  context: {
    dataDir: string;
    databaseUrl: string;
    client: Inngest;
    timings: StepTiming[];
    clockLog: string;
  },
  name: string,
  units: number,
  workers: number,
  options: MissionOptions = {},
) {
  const project = await createMissionProject(context.dataDir, name, units, options);
  const mission = await getDb().mission.create({
    data: {
      projectId: project.id,
      objective: OBJECTIVE,
      workers,
      maxRounds: 3,
      wallTimeMinutes: 60,
      agentProfileId: PROFILE_ID,
      approvalPolicy: "never",
      ...(options.mergeBatchSize ? { mergeBatchSize: options.mergeBatchSize } : {}),
    },
  });
  const sent = Date.now();
  await context.client.send({
    name: "mission/mission.start-requested",
    data: { missionId: mission.id },
  });
  const deadline = sent + MISSION_TIMEOUT_MS;
  while (!(await getDb().mission.findUniqueOrThrow({ where: { id: mission.id } })).finishedAt) {
    if (Date.now() > deadline) throw new Error(`The mission ${name} did not finish in time.`);
    await sleep(200);
  }
  const row = await getDb().mission.findUniqueOrThrow({
    where: { id: mission.id },
    include: { units: true },
  });
  // The finish step's timing line may still be on its way from the app.
  for (let wait = 0; wait < 50; wait++) {
    if (context.timings.some((step) => step.mission === mission.id && step.id === "finish")) break;
    await sleep(100);
  }
  // A body that ran twice (a retried step) counts with its last run.
  const steps = [
    ...new Map(
      context.timings
        .filter((step) => step.mission === mission.id)
        .map((step) => [step.id, step] as const),
    ).values(),
  ];
  const finishedAt = row.finishedAt?.getTime() ?? Date.now();
  const { rows: runs } = await runSql(
    context.databaseUrl,
    "SELECT attempt, error FROM inngest_runner.runs WHERE event -> 'data' ->> 'missionId' = $1",
    [mission.id],
  );
  const run = runs[0] as { attempt: number; error: { message?: string } | null } | undefined;
  const undone = row.units.filter((unit) => unit.status !== "merged").map((unit) => unit.unitKey);
  if (row.status !== "succeeded")
    throw new Error(
      `The mission ${name} ended ${row.status}: ${row.resultSummary} ${run?.error?.message ?? ""}`,
    );
  const analysed = analyseSteps(name, steps);
  const inPhase = await agentRuns(context.clockLog, analysed.orderEnd, analysed.executeEnd);
  const all = await agentRuns(context.clockLog, sent, finishedAt);
  return {
    ...analysed,
    status: row.status,
    merged: row.units.filter((unit) => unit.status === "merged").length,
    undone,
    name,
    units: row.units.length,
    wall: finishedAt - sent,
    retries: run?.attempt ?? 0,
    beforeExecute: analysed.orderEnd - sent,
    afterExecute: finishedAt - analysed.executeEnd - analysed.cleanup,
    // Agents of different units overlap in a pipelined loop: the time at least one ran.
    agentsInPhase: covered(inPhase.map((run) => ({ ...run, mission: "", id: "" }))),
    agentRunsInPhase: inPhase.length,
    roles: Object.fromEntries(
      ["worker", "reviewer", "planner", "critic"].map((role) => [
        role,
        { median: median(lifetimes(all, role)), count: lifetimes(all, role).length },
      ]),
    ) as Record<"worker" | "reviewer" | "planner" | "critic", { median: number; count: number }>,
  };
}

// ---------------------------------------------------------------------------------------------

/** The app's median time for one git subprocess, and its resident memory (Linux). */
async function probeApp(appUrl: string, pid: number | undefined, cwd: string) {
  const url = `${appUrl.replace(/\/api\/inngest$/, "")}/probe?cwd=${encodeURIComponent(cwd)}`;
  const { median: gitTime } = (await fetch(url).then((response) => response.json())) as {
    median: number;
  };
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const rssKb = Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? Number.NaN);
  return { git: gitTime, rssMb: rssKb / 1024 };
}

function table(rows: string[][]) {
  const widths = rows[0].map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? "").length)),
  );
  for (const row of rows)
    console.log(
      `  ${row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]),
        )
        .join("   ")}`.trimEnd(),
    );
}

const loadBefore = os.loadavg();
const dataDir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-mission-bench-")));
process.env.MC_DATA_DIR = dataDir;
const server = await startTestServer();
await dropStaleTestDatabases(server.adminUrl);
const database = await createTestDatabase(server.adminUrl, "missionbench");
const keys = {
  signingKey: `signkey-prod-${randomBytes(32).toString("hex")}`,
  eventKey: randomBytes(16).toString("hex"),
};
const runner = new LocalRunner({ databaseUrl: database.url, ...keys });
let app: ResultPromise | undefined;
try {
  await runMigrations(database.url);
  await connectDb(database.url);
  const clock = {
    file: path.join(dataDir, "agent-clock.cjs"),
    log: path.join(dataDir, "agents.log"),
  };
  await writeFile(clock.file, CLOCK_SOURCE);
  const scripted = DEFAULT_AGENT_PROFILES.find((profile) => profile.id === "scripted");
  if (!scripted) throw new Error("The scripted agent profile is missing.");
  await upsertSetting("agent.profiles", [
    ...DEFAULT_AGENT_PROFILES,
    {
      ...scripted,
      id: PROFILE_ID,
      name: "Scripted agent with the benchmark's clock",
      env: { NODE_OPTIONS: `--require ${clock.file}`, BENCH_AGENT_CLOCK: clock.log },
    },
  ]);

  const runnerUrl = await runner.start();
  const timings: StepTiming[] = [];
  const started = execa(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/bench/mission-bench-app.ts"],
    {
      env: {
        BENCH_RUNNER_URL: runnerUrl,
        BENCH_SIGNING_KEY: keys.signingKey,
        BENCH_EVENT_KEY: keys.eventKey,
        DATABASE_URL: database.url,
        MC_DATA_DIR: dataDir,
        // The agent clock appends to a log outside any worktree, which the sandbox would hide;
        // the plain-git baseline runs unsandboxed too.
        MC_SANDBOX: "off",
        ...AGENT_ENV,
      },
      reject: false,
      buffer: false,
      stderr: "inherit",
    },
  );
  app = started;
  const appUrl = await new Promise<string>((resolve, reject) => {
    let pending = "";
    started.stdout?.on("data", (chunk: Buffer) => {
      pending += String(chunk);
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith("ready ")) resolve(line.slice(6).trim());
        else if (line.startsWith("step ")) timings.push(JSON.parse(line.slice(5)) as StepTiming);
      }
    });
    void started.then((result) => reject(new Error(`The bench app exited (${result.exitCode}).`)));
  });
  await runner.sync(appUrl);
  const client = new Inngest({
    id: "mission-bench-sender",
    baseUrl: runnerUrl,
    eventKey: keys.eventKey,
    isDev: false,
  });
  const context = {
    dataDir,
    databaseUrl: database.url,
    client,
    timings,
    clockLog: clock.log,
  };

  const freshProbe = await probeApp(appUrl, started.pid, process.cwd());
  console.error("Mission benchmark: warm-up mission (2 units, not counted)…");
  const warmUp = await runMission(context, "bench-warmup", 2, 1);
  console.error(`Plain-git baseline (${UNITS} units)…`);
  const baselineBefore = await runBaseline(path.join(dataDir, "baseline-before"), clock);
  console.error(`Mission of ${UNITS} units, 1 worker…`);
  const sequential = await runMission(context, "bench-sequential", UNITS, 1);
  console.error(`Plain-git baseline again (${UNITS} units)…`);
  const baselineAfter = await runBaseline(path.join(dataDir, "baseline-after"), clock);
  const appProbe = await probeApp(appUrl, started.pid, baselineAfter.green);
  console.error(`Mission of ${BIG_UNITS} units, ${BIG_WORKERS} workers…`);
  const parallel = await runMission(context, "bench-parallel", BIG_UNITS, BIG_WORKERS);
  const slow = { broken: BROKEN_KEYS };
  console.error(`(a) ${TRAIN_UNITS} units, ${TRAIN_WORKERS} workers, 2 s verification: train…`);
  const train = await runMission(context, "bench-train", TRAIN_UNITS, TRAIN_WORKERS, slow);
  console.error("(a) the same with batch size 1…");
  const single = await runMission(context, "bench-batch-1", TRAIN_UNITS, TRAIN_WORKERS, {
    ...slow,
    mergeBatchSize: 1,
  });
  const loadAfter = os.loadavg();
  if (process.env.BENCH_MISSION_TIMINGS)
    await writeFile(process.env.BENCH_MISSION_TIMINGS, JSON.stringify(timings));

  const both = (pick: (run: typeof baselineBefore) => number) =>
    (pick(baselineBefore) + pick(baselineAfter)) / 2;
  const baselinePerUnit = both((run) => run.perUnit);
  const baselineAgent = both((run) => run.agent);
  const baselineOverhead = baselinePerUnit - baselineAgent;
  const missionPerUnit = sequential.phase / UNITS;
  const missionAgent = sequential.agentsInPhase / UNITS;
  const missionOverhead = missionPerUnit - missionAgent;
  const ratio = missionOverhead / baselineOverhead;
  const { roles } = sequential;
  const lanes = Math.min(BIG_WORKERS, CORES);
  const bigAgentWork = BIG_UNITS * (roles.worker.median + roles.reviewer.median);
  const bigAgentWhole =
    bigAgentWork +
    parallel.roles.planner.count * roles.planner.median +
    parallel.roles.critic.count * roles.critic.median;
  const sharePhase = 1 - bigAgentWork / (parallel.phase * lanes);
  const shareWhole = 1 - bigAgentWhole / (parallel.wall * lanes);
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(" ");
  const perUnit = (value: number) => ms(value / UNITS);
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const perMinute = (merged: number, time: number) => (merged / time) * 60_000;
  // A retried run (a call that failed, e.g. on a kept-alive socket the app had closed) took longer.
  const retried = (count: number) => (count ? `run retried ${count}×` : "no retries");
  const verdict = (met: boolean) => (met ? "met" : "NOT met");

  console.log(
    `\nMission benchmark (${server.kind} Postgres; local runner and app in two processes; ${CORES} cores; no-op scripted agent; sandbox off)`,
  );
  console.log(
    `  load average before ${load(loadBefore)}, after ${load(loadAfter)} (1, 5, 15 min); warm-up mission ${warmUp.merged}/${warmUp.units} merged, not counted`,
  );

  const expectedUndone = [...BROKEN_KEYS].sort().join(", ");
  const trainRate = perMinute(train.merged, train.phase);
  const singleRate = perMinute(single.merged, single.phase);
  const speedup = trainRate / singleRate;
  console.log(
    `\n(a) ${TRAIN_UNITS} units, ${TRAIN_WORKERS} workers, a verification of a fixed 2 s; ${BROKEN_KEYS.size} units break it (${expectedUndone})`,
  );
  table([
    ["", "merge train (batch ≤ 8)", "batch = 1 (each alone)"],
    ["execute/merge phase", seconds(train.phase), seconds(single.phase)],
    ["whole mission, start event → finished", seconds(train.wall), seconds(single.wall)],
    [
      "train steps (batches verified, bisections)",
      String(train.trainSteps),
      String(single.trainSteps),
    ],
    ["units merged", `${train.merged}/${train.units}`, `${single.merged}/${single.units}`],
    ["units not merged", train.undone.join(", ") || "none", single.undone.join(", ") || "none"],
    ["units merged per minute (execute/merge phase)", trainRate.toFixed(1), singleRate.toFixed(1)],
    [
      "  over the whole mission",
      perMinute(train.merged, train.wall).toFixed(1),
      perMinute(single.merged, single.wall).toFixed(1),
    ],
    [
      `speed-up, train / batch = 1 (target ≥ ${TARGET_TRAIN_SPEEDUP}×)`,
      `${speedup.toFixed(2)}× — ${verdict(speedup >= TARGET_TRAIN_SPEEDUP)}`,
      "",
    ],
  ]);
  for (const run of [train, single])
    if (run.undone.slice().sort().join(", ") !== expectedUndone)
      console.log(
        `  ✖ ${run.name}: not merged ${run.undone.join(", ")}, expected ${expectedUndone}`,
      );

  console.log(`\n(b) Per unit, ${UNITS} units one after another (means per unit)`);
  table([
    ["", "plain git (bash)", "mission loop (1 worker)"],
    [
      "dispatch, worktree, agent, the unit's result",
      ms(both((run) => run.dispatch)),
      perUnit(sequential.unitsRunning),
    ],
    [
      "merge + verification (node --test)",
      ms(both((run) => run.mergeAndVerify)),
      `${perUnit(sequential.trainsRunning)} (beside the next unit)`,
    ],
    [
      "review (a reviewer agent)",
      "—",
      `${perUnit(sequential.reviewsRunning)} (beside the next unit)`,
    ],
    ["no step running (runner, SDK, HTTP)", "—", perUnit(sequential.betweenSteps)],
    ["cleanup (worktree, branch)", ms(both((run) => run.cleanup)), perUnit(sequential.cleanup)],
    ["time per unit", ms(baselinePerUnit), ms(missionPerUnit)],
    [
      "− the agent processes' own time (while any ran)",
      `${ms(baselineAgent)} (worker)`,
      `${ms(missionAgent)} (worker + reviewer)`,
    ],
    ["= overhead per unit", ms(baselineOverhead), ms(missionOverhead)],
    [
      `ratio, loop / plain git (target ≤ ${TARGET_RATIO}×)`,
      "",
      `${ratio.toFixed(2)}× — ${verdict(ratio <= TARGET_RATIO)}`,
    ],
  ]);
  console.log(
    [
      "",
      `  agents' own time in the loop (median): worker ${ms(roles.worker.median)}, reviewer ${ms(roles.reviewer.median)}, planner ${ms(roles.planner.median)}, critic ${ms(roles.critic.median)}`,
      `  baseline per unit ${ms(baselineBefore.perUnit)} before the mission and ${ms(baselineAfter.perUnit)} after; its agent ${ms(both((run) => run.agent))} own time, ${ms(both((run) => run.spawnToExit))} spawn → exit from bash`,
      `  baseline per operation: worktree add ${ms(both((run) => run.worktreeAdd))}, merge ${ms(both((run) => run.merge))}, node --test ${ms(both((run) => run.verify))}, worktree remove + branch -D ${ms(both((run) => run.cleanup))}`,
      `  one git subprocess (rev-parse HEAD, median): ${ms(both((run) => run.gitProbe))} from bash; from the app process ${ms(freshProbe.git)} at its start (${freshProbe.rssMb.toFixed(0)} MB resident), ${ms(appProbe.git)} after two missions (${appProbe.rssMb.toFixed(0)} MB)`,
      `  mission: ${sequential.merged}/${sequential.units} merged (${sequential.status}, ${retried(sequential.retries)}); ${sequential.stepsInRun} steps; execute/merge phase ${seconds(sequential.phase)}; whole mission ${seconds(sequential.wall)}`,
    ].join("\n"),
  );

  console.log(`\n(c) ${BIG_UNITS} independent units, ${BIG_WORKERS} workers, ${CORES} cores`);
  table([
    ["wall time, start event → mission finished", seconds(parallel.wall)],
    ["units merged per minute", perMinute(parallel.merged, parallel.wall).toFixed(1)],
    ["execute/merge phase (order-r1 → last step of the round, + finish)", seconds(parallel.phase)],
    [`  unit steps running (chunks of ${BIG_WORKERS})`, seconds(parallel.unitsRunning)],
    [`  train steps running (${parallel.trainSteps})`, seconds(parallel.trainsRunning)],
    ["  review steps running", seconds(parallel.reviewsRunning)],
    ["  no step running (checks' gaps, runner, SDK, HTTP)", seconds(parallel.betweenSteps)],
    ["  cleanup (finish step)", seconds(parallel.cleanup)],
    [
      `agent work in the phase, ${BIG_UNITS} × (worker + reviewer), uncontended`,
      seconds(bigAgentWork),
    ],
    [`  the time at least one agent ran, sharing ${CORES} cores`, seconds(parallel.agentsInPhase)],
    [
      `overhead share of the phase: 1 − agent work / (phase × ${lanes}) (target < ${percent(TARGET_SHARE)})`,
      `${percent(sharePhase)} — ${verdict(sharePhase < TARGET_SHARE)}`,
    ],
    ["overhead share of the whole mission (+ planner and critic runs)", percent(shareWhole)],
    [
      "before the phase / after it (deliberation; analysis, final verification)",
      `${seconds(parallel.beforeExecute)} / ${seconds(parallel.afterExecute)}`,
    ],
    [
      "units",
      `${parallel.merged}/${parallel.units} merged (${parallel.status}, ${retried(parallel.retries)})`,
    ],
  ]);
  if (sequential.merged !== UNITS || parallel.merged !== BIG_UNITS)
    console.log("\n  ✖ Not every unit merged: the figures above do not compare like with like.");
} finally {
  app?.kill();
  await runner.stop();
  await disconnectDb();
  await database.drop();
  await server.stop();
  if (!KEEP_DIR) await rm(dataDir, { recursive: true, force: true });
  else console.log(`  kept ${dataDir}`);
}
