// The hub benchmark (issue 4): 100,000 sessions, 100,000 feedback items and 20,000 knowledge
// rows on a fresh database; the app started as `npm start` starts it (scripts/serve.ts, which
// runs `next start` on the production build); then the server response time of the first page of
// /sessions, /feedback and a knowledge search, signed in, against GET /api/health in the same run.
//
// Needs a current production build (`npm run bench` makes one first) and the port 3400 and 3490.
// Settings (environment):
//   BENCH_SCALE=0.1          seed a tenth of the rows (for quick runs while developing)
//   BENCH_REQUESTS=200       measured requests per URL and concurrency (after BENCH_WARMUP=20),
//                            in BENCH_ROUNDS=5 rounds that take the URLs in turn
//   BENCH_CONCURRENCY=1,4    the concurrency levels measured, each a separate pass
//   BENCH_EXTRA_PATHS=/a,/b  more signed-in pages to measure beside them (e.g. a bare page, to
//                            tell the cost of the signed-in shell from that of a page's data)
//   BENCH_KEEP_DB=1          keep the seeded database (its URL is printed) for EXPLAIN by hand
//   BENCH_VERBOSE=1          show the app's own output
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { execa } from "execa";
import { encode } from "next-auth/jwt";
import { runMigrations } from "@/lib/runtime/migrate";
import { waitForHealthy } from "@/lib/runtime/wait-for-healthy";
import { KNOWLEDGE_QUERY, seedHub } from "@/scripts/bench/hub-seed";
import { type Batch, LoadClient, type LoadResult, summarize } from "@/scripts/bench/load";
import {
  createTestDatabase,
  dropStaleTestDatabases,
  runSql,
  startTestServer,
} from "@/tests/support/test-postgres";

const PORT = 3400;
const RUNNER_PORT = 3490;
const BASE = `http://127.0.0.1:${PORT}`;
const SESSION_COOKIE = "authjs.session-token";

function numberSetting(name: string, fallback: number) {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number.`);
  return value;
}
const scale = numberSetting("BENCH_SCALE", 1);
const sizes = {
  sessions: Math.round(100_000 * scale),
  feedback: Math.round(100_000 * scale),
  knowledge: Math.round(20_000 * scale),
};
const requests = Math.round(numberSetting("BENCH_REQUESTS", 200));
const warmup = Math.round(numberSetting("BENCH_WARMUP", 20));
const rounds = Math.min(requests, Math.round(numberSetting("BENCH_ROUNDS", 5)));
const concurrencies = (process.env.BENCH_CONCURRENCY ?? "1,4").split(",").map((value) => {
  const level = Number(value);
  if (!Number.isInteger(level) || level < 1) throw new Error("BENCH_CONCURRENCY: e.g. 1,4");
  return level;
});
const keepDb = process.env.BENCH_KEEP_DB === "1";
const verbose = process.env.BENCH_VERBOSE === "1";

/** What each measured page must show once built (the placeholders show "Not built yet"). */
const targets = [
  { label: "GET /api/health", path: "/api/health", expect: '"status":"ok"' },
  { label: "GET /sessions (first page)", path: "/sessions", expect: "" },
  { label: "GET /feedback (first page)", path: "/feedback", expect: "" },
  {
    label: `GET /knowledge?q=${KNOWLEDGE_QUERY}`,
    path: `/knowledge?q=${encodeURIComponent(KNOWLEDGE_QUERY)}`,
    expect: "pool",
  },
  ...(process.env.BENCH_EXTRA_PATHS ?? "")
    .split(",")
    .filter(Boolean)
    .map((extra) => ({ label: `GET ${extra}`, path: extra, expect: "" })),
];

function portIsFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

const fail = (message: string): never => {
  throw new Error(message);
};

for (const port of [PORT, RUNNER_PORT])
  if (!(await portIsFree(port)))
    fail(`Port ${port} is in use on 127.0.0.1; the hub benchmark needs it (is another run on?).`);

const load = { before: os.loadavg(), after: [] as number[] };
const server = await startTestServer();
await dropStaleTestDatabases(server.adminUrl);
const database = await createTestDatabase(server.adminUrl, "hubbench");
const dataDir = await mkdtemp(path.join(tmpdir(), "mc-bench-"));
const authSecret = randomBytes(32).toString("base64url");
const admin = { email: "bench@mission-control.test", password: randomBytes(12).toString("hex") };
const output: string[] = [];
let app: ReturnType<typeof execa> | undefined;
let client: LoadClient | undefined;

async function cleanUp() {
  client?.close();
  if (app && app.exitCode === null) {
    app.kill("SIGTERM");
    const killer = setTimeout(() => app?.kill("SIGKILL"), 15_000);
    await app;
    clearTimeout(killer);
  }
  if (keepDb) console.log(`\n  kept the seeded database: ${database.url}`);
  else await database.drop();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));

try {
  await runMigrations(database.url);
  const seedStarted = performance.now();
  const seeded = await seedHub(database.url, sizes);
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  // Exactly as `npm start` runs it after its build step: the supervisor, which runs `next start`.
  app = execa(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/serve.ts"],
    {
      reject: false,
      all: true,
      buffer: false,
      env: {
        DATABASE_URL: database.url,
        MC_DATA_DIR: dataDir,
        PORT: String(PORT),
        MC_RUNNER_PORT: String(RUNNER_PORT),
        MC_ADMIN_EMAIL: admin.email,
        MC_ADMIN_PASSWORD: admin.password,
        AUTH_SECRET: authSecret,
      },
    },
  );
  app.all?.on("data", (chunk: Buffer) => {
    for (const line of String(chunk).split("\n").filter(Boolean)) {
      output.push(line);
      if (output.length > 200) output.shift();
      if (verbose) console.log(`  [app] ${line}`);
    }
  });
  const exited = app.then((result) =>
    fail(`The app exited (${result.exitCode ?? result.signal}) before it was healthy.`),
  );
  await Promise.race([waitForHealthy(`${BASE}/api/health`, 120_000), exited]);
  exited.catch(() => {});

  // A session cookie as Auth.js issues it at sign-in: the JWT names the user in `sub`, and the
  // session callback (lib/auth/auth-config.ts) reads the user's id from there.
  const { rows } = await runSql(
    database.url,
    "SELECT user_id, email, name FROM claude_mission_control.users WHERE email = $1",
    [admin.email],
  );
  const user =
    (rows[0] as { user_id: string; email: string; name: string } | undefined) ??
    fail(`The app did not create the admin ${admin.email} from MC_ADMIN_EMAIL.`);
  const token = await encode({
    token: { sub: user.user_id, email: user.email, name: user.name },
    secret: authSecret,
    salt: SESSION_COOKIE,
    maxAge: 60 * 60,
  });
  client = new LoadClient({ cookie: `${SESSION_COOKIE}=${token}` });

  // The cookie must work, or every figure below would be the time of a redirect to /login.
  const anonymous = await new LoadClient({}).get(`${BASE}/feedback`);
  if (anonymous.status < 300 || anonymous.status >= 400 || !anonymous.headers.location)
    fail(`Without a session /feedback answered ${anonymous.status}, not a redirect to /login.`);
  const notes: string[] = [];
  for (const target of targets) {
    const response = await client.get(`${BASE}${target.path}`);
    if (response.status !== 200)
      fail(
        `Signed in, ${target.path} answered ${response.status}${
          response.headers.location ? ` → ${response.headers.location}` : ""
        }: the session cookie does not work.`,
      );
    if (target.path.startsWith("/api/")) {
      if (!response.body.includes(target.expect)) fail(`${target.path} answered ${response.body}`);
      continue;
    }
    if (
      !response.body.includes('data-testid="current-user"') ||
      !response.body.includes(user.email)
    )
      fail(`Signed in, ${target.path} does not show the signed-in user: the cookie was not taken.`);
    if (response.body.includes("Not built yet"))
      notes.push(
        `${target.path} is still a placeholder page: its figures measure the placeholder.`,
      );
    else if (target.expect && !response.body.toLowerCase().includes(target.expect))
      notes.push(`${target.path} answered 200 but its page does not contain "${target.expect}".`);
  }

  // Each URL is measured in several rounds taken in turn, so that what else the machine does
  // meanwhile falls on all of them alike rather than on whichever URL was being measured.
  const passes: { concurrency: number; results: LoadResult[] }[] = [];
  for (const concurrency of concurrencies) {
    const urls = targets.map((target) => `${BASE}${target.path}`);
    for (const url of urls) await client.batch(url, warmup, concurrency);
    const batches = urls.map(() => [] as Batch[]);
    for (let round = 0; round < rounds; round++) {
      const count =
        Math.floor((requests * (round + 1)) / rounds) - Math.floor((requests * round) / rounds);
      for (const [index, url] of urls.entries())
        batches[index]?.push(await client.batch(url, count, concurrency));
    }
    passes.push({
      concurrency,
      results: urls.map((url, index) => summarize(url, batches[index] ?? [])),
    });
  }
  load.after = os.loadavg();

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const ratio = (value: number, health: number) => `${(value / health).toFixed(1)}×`;
  console.log(
    `\nHub benchmark (${server.kind} Postgres, loopback, signed in, the app started as \`npm start\` does)\n`,
  );
  console.log(
    `  seeded in ${seedSeconds.toFixed(1)} s: ${seeded.sessions.toLocaleString("en")} sessions (${seeded.unclosed.toLocaleString("en")} unclosed), ` +
      `${seeded.feedback.toLocaleString("en")} feedback items (${seeded.open_feedback.toLocaleString("en")} open, ` +
      `${seeded.comments.toLocaleString("en")} comments), ${seeded.knowledge.toLocaleString("en")} knowledge rows ` +
      `(${seeded.knowledge_hits.toLocaleString("en")} match "${KNOWLEDGE_QUERY}")`,
  );
  console.log(
    `  ${requests} measured requests per URL and concurrency (${rounds} rounds taking the URLs in turn) after ${warmup} warm-up, keep-alive, ` +
      `time to the full (uncompressed) body; ${os.cpus().length} cores, load average ` +
      `${load.before[0]?.toFixed(2)} before, ${load.after[0]?.toFixed(2)} after`,
  );
  const header = ["", "p50", "p95", "max", "req/s", "p50/health", "p95/health", "body"];
  for (const { concurrency, results } of passes) {
    const health = results[0] as LoadResult;
    const table = [
      header,
      ...results.map((result, index) => [
        targets[index]?.label ?? result.url,
        ms(result.p50),
        ms(result.p95),
        ms(result.max),
        result.perSecond.toFixed(0),
        ratio(result.p50, health.p50),
        ratio(result.p95, health.p95),
        result.bytes < 1024 ? `${result.bytes} B` : `${(result.bytes / 1024).toFixed(0)} KiB`,
      ]),
    ];
    const widths = header.map((_, column) =>
      Math.max(...table.map((row) => row[column]?.length ?? 0)),
    );
    console.log(`\n  concurrency ${concurrency}`);
    for (const row of table)
      console.log(
        `    ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ")}`,
      );
  }
  // One request at a time the figures are the server's response time; with more in flight they
  // also hold the time spent queued behind the others (one Node process renders every page).
  console.log("\n  target: p95 under 100 ms");
  for (const { concurrency, results } of passes) {
    const slow = results
      .filter((result) => result.p95 >= 100)
      .map((result) => result.url.replace(BASE, ""));
    console.log(
      `    concurrency ${concurrency}: ${slow.length ? `NOT met for ${slow.join(", ")}` : "met"}${
        concurrency > 1
          ? " (queueing included: latency ≈ concurrency ÷ throughput once saturated)"
          : ""
      }`,
    );
  }
  for (const note of notes) console.log(`  note: ${note}`);
} catch (error) {
  console.error(`\n✖ Hub benchmark failed: ${error instanceof Error ? error.message : error}`);
  if (output.length)
    console.error(`  the app's last output:\n    ${output.slice(-40).join("\n    ")}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
