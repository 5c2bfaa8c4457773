import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scriptedAgentPath } from "@/lib/agents/agent-invocation";
import { claudeCodeStreamParser } from "@/lib/agents/streams/claude-code-stream";
import { git } from "@/lib/git/git";
import {
  parseCriticResult,
  parsePlan,
  parseReviewResult,
  parseWorkerResult,
} from "@/lib/mission/markers";
import { criticPrompt, plannerPrompt, reviewerPrompt, workerPrompt } from "@/lib/mission/prompts";
import { runSubprocess } from "@/lib/subprocess/run-subprocess";

// The scripted agent's mission roles, run for real as a subprocess through the same streaming
// path as any agent, in a real git repository, with its output read by the marker parsers.

const plan = [
  {
    key: "subtract",
    title: "Add subtraction",
    description: "subtract(a, b)",
    files_hint: ["calc.mjs"],
    depends_on: [],
    acceptance: "tests pass",
  },
  {
    key: "readme",
    title: "Explain it",
    description: "README",
    files_hint: ["README.md"],
    depends_on: ["subtract"],
    acceptance: "README explains",
  },
];

const roundTwo = [{ ...plan[1], key: "readme-again", depends_on: [] }];

const missionScript = {
  rounds: [
    {
      plan,
      critic: [
        { verdict: "needs_refinement", feedback: "Say how to test it." },
        { verdict: "sufficient", feedback: "ok", next_objective: "Add division" },
      ],
    },
    { plan: roundTwo, behaviour: "ok" },
    { plan: [], behaviour: "malformed-marker" },
  ],
  units: {
    subtract: {
      behaviour: "ok",
      message: "Add subtraction",
      discoveries: ["calc.mjs has no tests"],
      edits: [
        { path: "calc.mjs", append: "export const subtract = (a, b) => a - b;\n" },
        { path: "tests/subtract.test.mjs", content: "// test\n" },
      ],
    },
    "readme-a": { edits: [{ path: "README.md", content: "# Version A\n" }] },
    "readme-b": { edits: [{ path: "README.md", content: "# Version B\n" }] },
    uncommitted: { behaviour: "uncommitted", edits: [{ path: "draft.txt", content: "draft\n" }] },
    "no-commit": { commit: false, edits: [{ path: "calc.mjs", content: "// rewritten\n" }] },
    "drop-file": { edits: [{ path: "old.txt", delete: true }] },
    failing: { behaviour: "failed", summary: "The tests do not run here." },
    blocked: { behaviour: "blocked", concerns: ["needs a database"] },
    crash: { behaviour: "crash", edits: [{ path: "never.txt", content: "x" }] },
    hang: { behaviour: "hang" },
    garbage: { behaviour: "garbage" },
    malformed: { behaviour: "malformed-marker" },
    silent: { behaviour: "no-marker" },
    prompt: { behaviour: "permission-prompt" },
    slow: { behaviour: "ok", delayMs: 600 },
    weird: { behaviour: "dance" },
    "reviewed-badly": { review: { alignment: 2, notes: "Off topic." } },
  },
  review: { alignment: 9, approach: 7, tests: 6, notes: "Focused change." },
};

let root: string;
let repo: string;
let worktreeCount = 0;

type Run = Omit<Awaited<ReturnType<typeof runSubprocess>>, "stdout" | "stderr"> & {
  stdout: string[];
  stderr: string[];
  /** What the agent said plus its result text: where the markers are looked for. */
  text: string;
  resultText?: string;
  ms: number;
};

async function runAgent(
  prompt: string,
  options: {
    cwd?: string;
    format?: "stream-json" | "text";
    timeoutMs?: number;
    env?: Record<string, string>;
  } = {},
): Promise<Run> {
  const format = options.format ?? "stream-json";
  const stdout: string[] = [];
  const stderr: string[] = [];
  const texts: string[] = [];
  const parser = claudeCodeStreamParser();
  const started = Date.now();
  const result = await runSubprocess(
    scriptedAgentPath(),
    ["-p", prompt, "--output-format", format],
    {
      cwd: options.cwd ?? repo,
      env: options.env,
      timeoutMs: options.timeoutMs ?? 15_000,
      onLine: (stream, line) => {
        if (stream === "stderr") return void stderr.push(line);
        stdout.push(line);
        if (format === "text") return void texts.push(line);
        texts.push(...parser.push(line));
      },
    },
  );
  const sawResult = stdout.some((line) => line.startsWith('{"type":"result"'));
  const resultText = sawResult ? parser.report().finalText : undefined;
  return {
    ...result,
    stdout,
    stderr,
    text: texts.join("\n"),
    resultText,
    ms: Date.now() - started,
  };
}

/** A worktree of the project on its own branch, as a unit gets. */
async function worktree() {
  const dir = path.join(root, `unit-${++worktreeCount}`);
  await git(repo, ["worktree", "add", "-q", "-b", `mc/unit/${worktreeCount}`, dir, "main"]);
  return dir;
}

const worker = (key: string) =>
  workerPrompt({ objective: "Grow the calculator", unit: { key, title: `Unit ${key}` } });

beforeAll(async () => {
  root = await realpath(await mkdtemp(path.join(tmpdir(), "mc-scripted-agent-")));
  repo = path.join(root, "project");
  await mkdir(path.join(repo, ".mission-control"), { recursive: true });
  await git(repo, ["init", "-q", "-b", "main"]);
  await writeFile(path.join(repo, "README.md"), "# Calculator\n");
  await writeFile(path.join(repo, "calc.mjs"), "export const add = (a, b) => a + b;\n");
  await writeFile(path.join(repo, "old.txt"), "old\n");
  await writeFile(
    path.join(repo, ".mission-control", "mission-script.json"),
    JSON.stringify(missionScript, null, 2),
  );
  await git(repo, ["add", "-A"]);
  await git(repo, ["commit", "-q", "-m", "Start"]);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("planner", () => {
  it("prints the plan of its round, and an empty plan after the last round", async () => {
    const first = await runAgent(plannerPrompt({ objective: "Grow", round: 1 }));
    expect(first).toMatchObject({ exitCode: 0, timedOut: false });
    expect(first.resultText).toContain("<!-- PLAN -->");
    expect(parsePlan(first.text)).toEqual({ ok: true, units: plan });

    const second = await runAgent(plannerPrompt({ objective: "Grow", round: 2 }), {
      format: "text",
    });
    expect(parsePlan(second.stdout.join("\n"))).toEqual({ ok: true, units: roundTwo });

    const after = await runAgent(plannerPrompt({ objective: "Grow", round: 4 }));
    expect(parsePlan(after.text)).toEqual({ ok: true, units: [] });
  });

  it("prints the same plan when asked to refine, and reads appended header lines", async () => {
    const prompt = [
      plannerPrompt({ objective: "Grow", feedback: "Say how to test it.", previousPlan: plan }),
      "MC_ROUND: 2",
      "MC_ATTEMPT: 2",
    ].join("\n");
    expect(prompt).toContain("MC_REFINE: true");
    const refined = await runAgent(prompt);
    expect(refined.text).toContain("refining the plan");
    expect(parsePlan(refined.text)).toEqual({ ok: true, units: roundTwo });
  });

  it("misbehaves when its round says so", async () => {
    const broken = await runAgent(plannerPrompt({ objective: "Grow", round: 3 }));
    expect(broken.exitCode).toBe(0);
    const parsed = parsePlan(broken.text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/^malformed PLAN: invalid JSON/);
  });
});

describe("critic", () => {
  it("gives the round's verdicts in order of attempts, then sufficient", async () => {
    const verdict = async (attempt: number) =>
      parseCriticResult(
        (await runAgent(criticPrompt({ objective: "Grow", proposal: plan, round: 1, attempt })))
          .text,
      );
    expect(await verdict(1)).toEqual({
      ok: true,
      result: { verdict: "needs_refinement", feedback: "Say how to test it." },
    });
    expect(await verdict(2)).toEqual({
      ok: true,
      result: { verdict: "sufficient", feedback: "ok", next_objective: "Add division" },
    });
    expect(await verdict(3)).toEqual({
      ok: true,
      result: { verdict: "sufficient", feedback: "The plan is feasible." },
    });
  });

  it("takes the last MC_ATTEMPT line when the caller appends one", async () => {
    const prompt = `${criticPrompt({ objective: "Grow", proposal: { units: plan }, round: 1 })}\nMC_ATTEMPT: 2`;
    const parsed = parseCriticResult((await runAgent(prompt, { format: "text" })).text);
    expect(parsed.ok && parsed.result.verdict).toBe("sufficient");
  });
});

describe("worker", () => {
  it("applies its edits in the worktree, commits them as itself and reports", async () => {
    const dir = await worktree();
    const run = await runAgent(worker("subtract"), { cwd: dir });
    expect(run).toMatchObject({ exitCode: 0, timedOut: false, cancelled: false });
    expect(parseWorkerResult(run.text)).toEqual({
      ok: true,
      result: {
        status: "completed",
        summary: "Scripted unit subtract: changed calc.mjs, tests/subtract.test.mjs.",
        files_changed: ["calc.mjs", "tests/subtract.test.mjs"],
        discoveries: ["calc.mjs has no tests"],
        concerns: [],
      },
    });
    expect(await git(dir, ["log", "-1", "--format=%an <%ae>|%s"])).toBe(
      "Scripted Agent <agent@localhost>|Add subtraction",
    );
    expect(await git(dir, ["status", "--porcelain"])).toBe("");
    expect(await readFile(path.join(dir, "calc.mjs"), "utf8")).toContain("subtract");
    expect(await git(repo, ["log", "-1", "--format=%s", "main"])).toBe("Start");
  });

  it("prints the marker as a plain line in text mode", async () => {
    const dir = await worktree();
    const run = await runAgent(worker("drop-file"), { cwd: dir, format: "text" });
    expect(run.stdout.at(-1)).toMatch(/^MC_RESULT: \{/);
    const parsed = parseWorkerResult(run.stdout.join("\n"));
    expect(parsed.ok && parsed.result.files_changed).toEqual(["old.txt"]);
    expect(await git(dir, ["show", "--stat", "--format=%s", "HEAD"])).toContain("old.txt");
    expect(await git(dir, ["status", "--porcelain"])).toBe("");
  });

  it("leaves its edits uncommitted when told to", async () => {
    for (const key of ["uncommitted", "no-commit"]) {
      const dir = await worktree();
      const run = await runAgent(worker(key), { cwd: dir });
      expect(parseWorkerResult(run.text)).toMatchObject({
        ok: true,
        result: { status: "completed" },
      });
      expect(await git(dir, ["log", "-1", "--format=%s"])).toBe("Start");
      expect(await git(dir, ["status", "--porcelain"])).not.toBe("");
    }
  });

  it("reports failed and blocked units", async () => {
    const failing = await runAgent(worker("failing"));
    expect(parseWorkerResult(failing.text)).toEqual({
      ok: true,
      result: {
        status: "failed",
        summary: "The tests do not run here.",
        files_changed: [],
        discoveries: [],
        concerns: [],
      },
    });
    const blocked = await runAgent(worker("blocked"), { format: "text" });
    expect(parseWorkerResult(blocked.text)).toMatchObject({
      ok: true,
      result: { status: "blocked", concerns: ["needs a database"] },
    });
  });

  it("does nothing and reports completed for a unit the script does not name", async () => {
    const run = await runAgent(worker("unscripted"));
    expect(parseWorkerResult(run.text)).toMatchObject({
      ok: true,
      result: { status: "completed", files_changed: [] },
    });
  });

  it("crashes with an error and no marker, before any edit", async () => {
    const dir = await worktree();
    const run = await runAgent(worker("crash"), { cwd: dir });
    expect(run).toMatchObject({ exitCode: 1, timedOut: false });
    expect(run.stderr.join("\n")).toContain("crashed on purpose");
    expect(run.resultText).toBeUndefined();
    expect(parseWorkerResult(run.text)).toEqual({
      ok: false,
      reason: "no MC_RESULT marker in the output",
    });
    expect(await git(dir, ["status", "--porcelain"])).toBe("");
  });

  it("prints garbage, a malformed marker or no marker and still exits 0", async () => {
    const garbage = await runAgent(worker("garbage"));
    expect(garbage.exitCode).toBe(0);
    expect(garbage.stdout.length).toBeGreaterThan(3);
    expect(parseWorkerResult(garbage.text)).toEqual({
      ok: false,
      reason: "no MC_RESULT marker in the output",
    });
    const garbageText = await runAgent(worker("garbage"), { format: "text" });
    expect(parseWorkerResult(garbageText.text).ok).toBe(false);

    const malformed = await runAgent(worker("malformed"), { format: "text" });
    expect(malformed.exitCode).toBe(0);
    expect(malformed.stdout).toContain("MC_RESULT: {not json");
    const parsed = parseWorkerResult(malformed.text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/^malformed MC_RESULT: invalid JSON/);

    const silent = await runAgent(worker("silent"));
    expect(silent.exitCode).toBe(0);
    expect(parseWorkerResult(silent.text)).toEqual({
      ok: false,
      reason: "no MC_RESULT marker in the output",
    });
  });

  it("hangs until the timeout kills it", async () => {
    const run = await runAgent(worker("hang"), { timeoutMs: 1_500 });
    expect(run).toMatchObject({ timedOut: true, exitCode: null, signal: "SIGTERM" });
    expect(run.text).toContain("working");
    expect(run.ms).toBeLessThan(5_000);
  });

  it("stops at a permission prompt and waits until the timeout kills it", async () => {
    const run = await runAgent(worker("prompt"), { timeoutMs: 1_500, format: "text" });
    expect(run).toMatchObject({ timedOut: true, exitCode: null });
    expect(run.stdout).toContain("Permission required: allow Bash(rm -rf build)? [y/N]");
    expect(parseWorkerResult(run.text).ok).toBe(false);
    expect(run.ms).toBeLessThan(5_000);
  });

  it("takes its work time from delayMs, and stays fast by default", async () => {
    const slow = await runAgent(worker("slow"));
    expect(slow.ms).toBeGreaterThanOrEqual(600);
    expect(parseWorkerResult(slow.text).ok).toBe(true);
    const quick = await runAgent(worker("unscripted"));
    expect(quick.ms).toBeLessThan(2_000);
  });

  it("makes conflicting edits when the script says so", async () => {
    const a = await worktree();
    const b = await worktree();
    expect(parseWorkerResult((await runAgent(worker("readme-a"), { cwd: a })).text).ok).toBe(true);
    expect(parseWorkerResult((await runAgent(worker("readme-b"), { cwd: b })).text).ok).toBe(true);
    const merge = path.join(root, "merge");
    await git(repo, ["worktree", "add", "-q", "-b", "merge-check", merge, "main"]);
    await git(merge, ["merge", "-q", "--no-edit", `mc/unit/${path.basename(a).slice(5)}`]);
    await expect(
      git(merge, ["merge", "-q", "--no-edit", `mc/unit/${path.basename(b).slice(5)}`]),
    ).rejects.toThrow(/CONFLICT/);
    await git(merge, ["merge", "--abort"]);
  });

  it("refuses an unknown behaviour loudly", async () => {
    const run = await runAgent(worker("weird"));
    expect(run.exitCode).toBe(1);
    expect(run.stderr.join("\n")).toContain('unknown behaviour "dance"');
  });
});

describe("reviewer", () => {
  const review = (key: string) =>
    reviewerPrompt({ objective: "Grow", unit: { key, title: key }, diff: "diff --git a/x b/x" });

  it("prints the script's review, a unit's own review, or the defaults", async () => {
    expect(parseReviewResult((await runAgent(review("subtract"))).text)).toEqual({
      ok: true,
      result: { alignment: 9, approach: 7, tests: 6, notes: "Focused change." },
    });
    expect(parseReviewResult((await runAgent(review("reviewed-badly"))).text)).toEqual({
      ok: true,
      result: { alignment: 2, approach: 7, tests: 6, notes: "Off topic." },
    });
    const elsewhere = path.join(root, "no-script");
    await mkdir(elsewhere, { recursive: true });
    expect(
      parseReviewResult((await runAgent(review("x"), { cwd: elsewhere, format: "text" })).text),
    ).toEqual({
      ok: true,
      result: { alignment: 8, approach: 8, tests: 7, notes: "Scripted review." },
    });
  });
});

describe("script location", () => {
  it("reads MC_MISSION_SCRIPT instead of the project's file, and fails when it is missing", async () => {
    const other = path.join(root, "other-script.json");
    await writeFile(
      other,
      JSON.stringify({ rounds: [{ plan: [{ key: "solo", title: "Solo unit" }] }] }),
    );
    const run = await runAgent(plannerPrompt({ objective: "Grow", round: 1 }), {
      env: { MC_MISSION_SCRIPT: other },
    });
    const parsed = parsePlan(run.text);
    expect(parsed.ok && parsed.units.map((unit) => unit.key)).toEqual(["solo"]);

    const missing = await runAgent(plannerPrompt({ objective: "Grow", round: 1 }), {
      env: { MC_MISSION_SCRIPT: path.join(root, "nope.json") },
    });
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr.join("\n")).toContain("nope.json");
  });

  it("keeps the launch mode for a prompt without MC_ROLE", async () => {
    const run = await runAgent("# Launch context: project\n", {
      format: "text",
      env: { MC_SCRIPTED_AGENT_DELAY_MS: "5" },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout.at(-1)).toMatch(/^Looked around project: \d+ files, no changes made\.$/);
  });
});
