// `npm run bench`: the local runner's cost per step against calling the same step handler
// directly, and its throughput for 20 concurrent runs of 10 steps. Runner and app run in two
// processes on loopback, as `npm start` runs them.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { execa } from "execa";
import { Inngest } from "inngest";
import { LocalRunner } from "@/inngest/local-runner/local-runner";
import { appProcessEnv } from "@/lib/runtime/app-process-env";
import { runMigrations } from "@/lib/runtime/migrate";
import { noopStep } from "@/scripts/bench/noop-step";
import { percentile } from "@/scripts/bench/percentile";
import { createTestDatabase, runSql, startTestServer } from "@/tests/support/test-postgres";

// The SDK replays every memoized step on each call, so the cost per step grows with the number of
// steps before it: measured for functions of 10 steps (the throughput shape) and of 50.
const SEQUENTIAL_SHAPES = [10, 50];
const SEQUENTIAL_RUNS = 31;
const CONCURRENT_RUNS = 20;
const STEPS_PER_RUN = 10;

/** Polls gently over one pooled connection, so the waiting does not slow what it measures. */
async function waitForRuns(count: number) {
  for (;;) {
    const { rows } = await runner.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM inngest_runner.runs WHERE status IN ('completed', 'failed')",
    );
    if ((rows[0]?.n ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const server = await startTestServer();
const database = await createTestDatabase(server.adminUrl, "bench");
const keys = {
  signingKey: `signkey-prod-${randomBytes(32).toString("hex")}`,
  eventKey: randomBytes(16).toString("hex"),
};
const runner = new LocalRunner({ databaseUrl: database.url, ...keys });
let app: ReturnType<typeof execa> | undefined;
try {
  await runMigrations(database.url);
  const runnerUrl = await runner.start();
  app = execa(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/bench/bench-app.ts"],
    {
      // The environment `npm start` gives the app.
      extendEnv: false,
      env: appProcessEnv({
        BENCH_RUNNER_URL: runnerUrl,
        BENCH_SIGNING_KEY: keys.signingKey,
        BENCH_EVENT_KEY: keys.eventKey,
      }),
      reject: false,
    },
  );
  const appUrl = await new Promise<string>((resolve) =>
    app?.stdout?.on("data", (chunk: Buffer) => resolve(String(chunk).trim().replace("ready ", ""))),
  );
  await runner.sync(appUrl);
  const client = new Inngest({
    id: "bench-sender",
    baseUrl: runnerUrl,
    eventKey: keys.eventKey,
    isDev: false,
  });

  const direct: number[] = [];
  for (let i = 0; i < 10_000; i++) {
    const start = performance.now();
    noopStep();
    direct.push(performance.now() - start);
  }

  const servedUrl = new URL("/served", appUrl);
  const takeServed = async () => (await (await fetch(servedUrl)).json()) as number[];

  // Gaps between consecutive step bodies: the runner's full round trip per step.
  const through = new Map<number, number[]>();
  const inSdk = new Map<number, number[]>();
  let finished = 0;
  for (const steps of SEQUENTIAL_SHAPES) {
    const first = finished;
    await takeServed();
    for (let run = 0; run < SEQUENTIAL_RUNS; run++) {
      await client.send({ name: "bench/noop", data: { steps } });
      await waitForRuns(++finished);
    }
    const { rows } = await runSql(
      database.url,
      "SELECT output FROM inngest_runner.runs ORDER BY created_at OFFSET $1",
      [first + 1],
    );
    // The first run of each shape warms up; it is not counted.
    through.set(
      steps,
      (rows as { output: number[] }[]).flatMap(({ output }) =>
        output.slice(1).map((time, index) => time - (output[index] as number)),
      ),
    );
    // A run of n steps is n + 1 calls; the warm-up run's calls are not counted.
    inSdk.set(steps, (await takeServed()).slice(steps + 1));
  }

  const started = performance.now();
  await client.send(
    Array.from({ length: CONCURRENT_RUNS }, () => ({
      name: "bench/noop",
      data: { steps: STEPS_PER_RUN },
    })),
  );
  await waitForRuns(finished + CONCURRENT_RUNS);
  const seconds = (performance.now() - started) / 1000;

  const directP50 = percentile(direct, 50);
  const rowsOut: [string, string][] = [
    ["direct call of the step handler, p50", `${(directP50 * 1000).toFixed(2)} µs`],
    ["direct call of the step handler, p95", `${(percentile(direct, 95) * 1000).toFixed(2)} µs`],
  ];
  for (const [steps, gaps] of through) {
    const p50 = percentile(gaps, 50);
    rowsOut.push(
      [
        `per step through the runner, ${steps}-step runs, p50 (${gaps.length} steps)`,
        `${p50.toFixed(2)} ms (${Math.round(p50 / directP50).toLocaleString("en")}× direct)`,
      ],
      [
        `per step through the runner, ${steps}-step runs, p95`,
        `${percentile(gaps, 95).toFixed(2)} ms`,
      ],
      [
        `  of which the SDK's serve handler in the app, p50`,
        `${percentile(inSdk.get(steps) ?? [], 50).toFixed(2)} ms`,
      ],
    );
  }
  const p50Small = percentile(through.get(10) ?? [], 50);
  rowsOut.push(
    [
      `throughput, ${CONCURRENT_RUNS} concurrent runs × ${STEPS_PER_RUN} steps`,
      `${((CONCURRENT_RUNS * STEPS_PER_RUN) / seconds).toFixed(0)} steps/s (${seconds.toFixed(2)} s)`,
    ],
    ["target: p50 under 10 ms per step (10-step runs)", p50Small < 10 ? "met" : "NOT met"],
  );
  const width = Math.max(...rowsOut.map(([label]) => label.length));
  console.log(
    `\nLocal runner benchmark (${server.kind} Postgres, loopback, app in its own process)\n`,
  );
  for (const [label, value] of rowsOut) console.log(`  ${label.padEnd(width)}  ${value}`);
} finally {
  app?.kill();
  await runner.stop();
  await database.drop();
  await server.stop();
}
