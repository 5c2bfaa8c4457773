#!/usr/bin/env node
// The scripted agent: a real executable that stands in for a language model. It is spawned like
// Claude Code (`-p <prompt> --output-format stream-json|text`) and follows a script instead of
// thinking. Node built-ins only. Everything it prints goes through the same emitters: in
// stream-json mode `say` lines are assistant events and the final text is the `result` event; in
// text mode both are plain lines. So a result marker is in the result text or on its own line.
//
// LAUNCH MODE (a prompt without `MC_ROLE:`): the script comes from the file named by
// MC_AGENT_SCRIPT, else `.mission-control/agent-script.json` in the working directory, else the
// default below, which reads the prompt, looks at the project's files and reports. Its steps:
// say, raw, stderr, read, write, append, add, commit, sleepMs, hang, crash (+ exitCode); then
// `result`. `read` names any path, as a real agent may: it says the file's text or the folder's
// entries, or `cannot read <path>: <error code>`.
// Each step waits MC_SCRIPTED_AGENT_DELAY_MS (250) unless it has its own sleepMs.
//
// MISSION MODE (the prompt has a line `MC_ROLE: planner|critic|worker|reviewer`; the first such
// line counts). Header lines the prompt may hold (for these the LAST occurrence counts, so a
// caller may append them): `MC_ROUND: <n>` and `MC_ATTEMPT: <n>` (both from 1, default 1),
// `MC_REFINE: true`; and `MC_UNIT: <key>` (the first occurrence counts). The mission script is
// the file named by MC_MISSION_SCRIPT (relative to the working directory; it must exist), else
// `.mission-control/mission-script.json` in the working directory (committed in the project, so
// a worker's worktree has it too), else an empty script. Its shape (every field optional):
//
// {
//   "lineDelayMs": 20,   // pause before each printed line; default MC_SCRIPTED_AGENT_MISSION_DELAY_MS, else 20
//   "rounds": [          // MC_ROUND n uses rounds[n - 1]
//     { "plan": [ { "key": "add", "title": "…", "description": "…", "files_hint": ["calc.mjs"],
//                   "depends_on": [], "acceptance": "…" } ],
//       "behaviour": "ok",  // the planner's behaviour this round (see below)
//       "critic": [         // MC_ATTEMPT k uses critic[k - 1]; past the list: sufficient
//         { "verdict": "needs_refinement", "feedback": "…" },
//         { "verdict": "sufficient", "feedback": "ok", "next_objective": "…", "behaviour": "ok" } ] } ],
//   "units": {
//     "<key>": {
//       "behaviour": "ok",  // see below
//       "edits": [ { "path": "a.txt", "content": "whole file" }, { "path": "b.txt", "append": "more" },
//                  { "path": "c.txt", "delete": true } ],
//       "commit": true,     // false: the edits stay uncommitted
//       "message": "…",     // commit message; default "<key>: scripted change"
//       "summary": "…", "discoveries": ["…"], "concerns": ["…"],  // for MC_RESULT
//       "delayMs": 0,       // work time: a pause after the edits, before the result
//       "exitCode": 1,      // for crash
//       "review": { … }     // this unit's review, instead of the mission's
//     } },
//   "review": { "alignment": 8, "approach": 8, "tests": 7, "notes": "…", "behaviour": "ok" }
// }
//
// planner: prints rounds[n - 1].plan as `{"units": [...]}` between `<!-- PLAN -->` and
//   `<!-- /PLAN -->`; the same plan on a refinement; after the last scripted round `{"units": []}`.
// critic: prints `CRITIC_RESULT: {...}` from the round's critic list, in order of attempts.
// worker (MC_UNIT): applies the unit's edits in the working directory, commits them as "Scripted
//   Agent <agent@localhost>" (unless commit is false or the behaviour is uncommitted), waits
//   delayMs, then prints `MC_RESULT: {...}`. A key the script does not name does nothing and
//   reports completed.
// reviewer (MC_UNIT): prints `REVIEW_RESULT: {...}` (default 8, 8, 7).
//
// Behaviours. For any role: ok (the marker), crash (a line, an error on stderr, exit exitCode or
// 1), hang (a line, then never exits), garbage (random noise without a marker, exit 0),
// malformed-marker (the marker followed by `{not json`), no-marker (prose only, exit 0),
// permission-prompt (prints `Permission required: allow Bash(rm -rf build)? [y/N]` and waits for
// an answer on stdin that never comes, until killed). Workers also: failed and blocked (MC_RESULT
// with that status), uncommitted (edits left uncommitted, reported completed). A worker applies
// and commits its edits for every behaviour except crash, hang and permission-prompt, which stop
// before any edit.
import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    print: { type: "string", short: "p" },
    "output-format": { type: "string", default: "text" },
    "permission-mode": { type: "string" },
    verbose: { type: "boolean" },
  },
  strict: false,
});
const prompt = typeof values.print === "string" ? values.print : "";
const streamJson = values["output-format"] === "stream-json";
const sessionId = randomUUID();
const startedAt = Date.now();
const delayMs = Number(process.env.MC_SCRIPTED_AGENT_DELAY_MS ?? 250);
const cwd = process.cwd();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const emit = (event) =>
  process.stdout.write(`${JSON.stringify({ ...event, session_id: sessionId })}\n`);

function say(text) {
  if (streamJson)
    emit({ type: "assistant", message: { role: "assistant", content: [{ type: "text", text }] } });
  else process.stdout.write(`${text}\n`);
}

function finish(resultText, isError = false) {
  if (streamJson)
    emit({
      type: "result",
      subtype: isError ? "error_during_execution" : "success",
      is_error: isError,
      result: resultText,
      duration_ms: Date.now() - startedAt,
      total_cost_usd: 0,
      usage: { input_tokens: 0, output_tokens: 0 },
    });
  else process.stdout.write(`${resultText}\n`);
}

/** Keeps every path the script names inside the working directory. */
function inside(relative) {
  const resolved = path.resolve(cwd, relative);
  if (resolved !== cwd && !resolved.startsWith(`${cwd}${path.sep}`))
    throw new Error(`refusing to touch ${relative}: outside the working directory`);
  return resolved;
}

function readAnything(target) {
  try {
    return `read ${target}: ${readdirSync(target).join(", ")}`;
  } catch (error) {
    if (error.code !== "ENOTDIR") return `cannot read ${target}: ${error.code}`;
  }
  try {
    return `read ${target}: ${readFileSync(target, "utf8")}`;
  } catch (error) {
    return `cannot read ${target}: ${error.code}`;
  }
}

function defaultScript() {
  const project = prompt.match(/^# Launch context: (.+)$/m)?.[1] ?? path.basename(cwd);
  const files = readdirSync(cwd).filter((name) => !name.startsWith("."));
  const warnings = [...prompt.matchAll(/^## (.+) \((\d+)\)$/gm)].map(
    ([, title, n]) => `${n} ${title.toLowerCase()}`,
  );
  return {
    steps: [
      { say: `Scripted agent (no language model) starting in ${cwd}.` },
      { say: `Read the launch context for ${project}: ${prompt.length} characters.` },
      ...(warnings.length ? [{ say: `The context lists ${warnings.join(", ")}.` }] : []),
      { say: `Files in the project: ${files.length ? files.join(", ") : "none"}.` },
      { say: "Nothing to change on a demo launch; reporting back." },
    ],
    result: `Looked around ${project}: ${files.length} files, no changes made.`,
  };
}

function loadScript() {
  const file =
    process.env.MC_AGENT_SCRIPT ?? path.join(cwd, ".mission-control", "agent-script.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : defaultScript();
}

async function run(script) {
  if (streamJson) emit({ type: "system", subtype: "init", cwd, model: "scripted", tools: [] });
  for (const step of script.steps ?? []) {
    await sleep(step.sleepMs ?? delayMs);
    if (step.say !== undefined) say(String(step.say));
    if (step.stderr !== undefined) process.stderr.write(`${step.stderr}\n`);
    if (step.raw !== undefined) process.stdout.write(`${step.raw}\n`);
    if (step.read !== undefined) say(readAnything(String(step.read)));
    if (step.write) {
      mkdirSync(path.dirname(inside(step.write.path)), { recursive: true });
      writeFileSync(inside(step.write.path), step.write.content ?? "");
    }
    if (step.append) appendFileSync(inside(step.append.path), step.append.content ?? "");
    if (step.commit)
      execFileSync(
        "git",
        [
          "-c",
          "user.name=Scripted Agent",
          "-c",
          "user.email=agent@localhost",
          "commit",
          "-q",
          "-am",
          step.commit,
        ],
        { cwd },
      );
    if (step.add) execFileSync("git", ["add", "--", ...step.add.map(inside)], { cwd });
    // A timer keeps the process alive: a bare pending promise would let Node exit.
    if (step.hang) await new Promise(() => setInterval(() => {}, 60_000));
    if (step.crash) {
      process.stderr.write(`${step.crash}\n`);
      process.exit(step.exitCode ?? 1);
    }
  }
  finish(script.result ?? "Done.", Boolean(script.isError));
  process.exitCode = script.exitCode ?? 0;
}

const MISSION_ROLES = ["planner", "critic", "worker", "reviewer"];
const ANY_ROLE_BEHAVIOURS = [
  "ok",
  "crash",
  "hang",
  "garbage",
  "malformed-marker",
  "no-marker",
  "permission-prompt",
];
const WORKER_BEHAVIOURS = [...ANY_ROLE_BEHAVIOURS, "failed", "blocked", "uncommitted"];
const DEFAULT_REVIEW = { alignment: 8, approach: 8, tests: 7, notes: "Scripted review." };

const firstHeader = (name) => prompt.match(new RegExp(`^${name}:[ \\t]*(\\S+)[ \\t]*$`, "m"))?.[1];
function lastHeader(name) {
  const matches = [...prompt.matchAll(new RegExp(`^${name}:[ \\t]*(\\S+)[ \\t]*$`, "gm"))];
  return matches.at(-1)?.[1];
}
function headerNumber(name) {
  const value = Number(lastHeader(name));
  return Number.isInteger(value) && value >= 1 ? value : 1;
}

function loadMissionScript() {
  const named = process.env.MC_MISSION_SCRIPT;
  const file = named
    ? path.resolve(cwd, named)
    : path.join(cwd, ".mission-control", "mission-script.json");
  if (!named && !existsSync(file)) return {};
  const script = JSON.parse(readFileSync(file, "utf8"));
  if (!script || typeof script !== "object" || Array.isArray(script))
    throw new Error(`${file}: the mission script must be a JSON object`);
  return script;
}

function missionLineDelay(script) {
  if (Number.isFinite(script.lineDelayMs)) return script.lineDelayMs;
  const fromEnv = Number(process.env.MC_SCRIPTED_AGENT_MISSION_DELAY_MS);
  return Number.isFinite(fromEnv) && process.env.MC_SCRIPTED_AGENT_MISSION_DELAY_MS !== ""
    ? fromEnv
    : 20;
}

function checkBehaviour(behaviour, allowed, who) {
  if (!allowed.includes(behaviour))
    throw new Error(`${who}: unknown behaviour "${behaviour}" (use ${allowed.join(", ")})`);
  return behaviour;
}

const hangForever = () => new Promise(() => setInterval(() => {}, 60_000));

function noise() {
  const lines = [];
  for (let i = 0; i < 4; i++) lines.push(randomBytes(18 + i * 6).toString("base64"));
  return lines;
}

/** The ways of misbehaving that every role shares; false when `behaviour` is not one of them. */
async function misbehave(behaviour, { marker, malformed, lineDelay, exitCode, who }) {
  switch (behaviour) {
    case "crash":
      await sleep(lineDelay);
      say(`${who}: starting.`);
      process.stderr.write(`Error: ${who} crashed on purpose (scripted).\n`);
      process.exit(exitCode ?? 1);
      break;
    case "hang":
      await sleep(lineDelay);
      say(`${who}: working…`);
      return hangForever();
    case "permission-prompt":
      await sleep(lineDelay);
      say("Permission required: allow Bash(rm -rf build)? [y/N]");
      // The spawner gives no stdin (or a closed one): the answer never comes.
      process.stdin.on("error", () => {});
      process.stdin.resume();
      return hangForever();
    case "garbage":
      for (const line of noise()) {
        await sleep(lineDelay);
        if (streamJson) process.stdout.write(`${line}\n`);
        else say(line);
      }
      finish(noise().join("\n"));
      return true;
    case "malformed-marker":
      await sleep(lineDelay);
      finish(malformed ?? `${marker}: {not json`);
      return true;
    case "no-marker":
      await sleep(lineDelay);
      finish(`${who}: all done, nothing more to say.`);
      return true;
  }
  return false;
}

async function runPlanner(script, lineDelay) {
  const round = headerNumber("MC_ROUND");
  const scripted = Array.isArray(script.rounds) ? script.rounds[round - 1] : undefined;
  const who = `Scripted planner (round ${round})`;
  const behaviour = checkBehaviour(scripted?.behaviour ?? "ok", ANY_ROLE_BEHAVIOURS, who);
  const malformed = "<!-- PLAN -->\n{not json\n<!-- /PLAN -->";
  if (await misbehave(behaviour, { marker: "PLAN", malformed, lineDelay, who })) return;
  const units = Array.isArray(scripted?.plan) ? scripted.plan : [];
  await sleep(lineDelay);
  say(
    lastHeader("MC_REFINE") === "true"
      ? `${who}: refining the plan after the critic's feedback.`
      : `${who}: proposing ${units.length} unit${units.length === 1 ? "" : "s"}.`,
  );
  await sleep(lineDelay);
  finish(
    [
      units.length ? `Plan for round ${round}:` : "The objective is met: nothing left to plan.",
      "<!-- PLAN -->",
      JSON.stringify({ units }),
      "<!-- /PLAN -->",
    ].join("\n"),
  );
}

async function runCritic(script, lineDelay) {
  const round = headerNumber("MC_ROUND");
  const attempt = headerNumber("MC_ATTEMPT");
  const verdicts = script.rounds?.[round - 1]?.critic;
  const entry = (Array.isArray(verdicts) ? verdicts[attempt - 1] : undefined) ?? {
    verdict: "sufficient",
    feedback: "The plan is feasible.",
  };
  const who = `Scripted critic (round ${round}, attempt ${attempt})`;
  const behaviour = checkBehaviour(entry.behaviour ?? "ok", ANY_ROLE_BEHAVIOURS, who);
  if (await misbehave(behaviour, { marker: "CRITIC_RESULT", lineDelay, who })) return;
  const { behaviour: _behaviour, ...verdict } = entry;
  await sleep(lineDelay);
  say(`${who}: ${verdict.verdict}.`);
  await sleep(lineDelay);
  finish(`CRITIC_RESULT: ${JSON.stringify(verdict)}`);
}

function applyEdit(edit) {
  const target = inside(edit.path);
  if (edit.delete) rmSync(target, { force: true, recursive: true });
  else if (edit.append !== undefined) {
    mkdirSync(path.dirname(target), { recursive: true });
    appendFileSync(target, String(edit.append));
  } else {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, String(edit.content ?? ""));
  }
}

function commitEdits(paths, message) {
  execFileSync("git", ["add", "-A", "--", ...paths.map(inside)], { cwd });
  try {
    execFileSync("git", ["diff", "--cached", "--quiet"], { cwd });
    return false; // nothing staged: the edits changed nothing
  } catch {
    // Staged changes: commit them.
  }
  execFileSync(
    "git",
    [
      "-c",
      "user.name=Scripted Agent",
      "-c",
      "user.email=agent@localhost",
      "-c",
      "commit.gpgsign=false",
      "commit",
      "-q",
      "-m",
      message,
    ],
    { cwd },
  );
  return true;
}

async function runWorker(script, lineDelay) {
  const key = firstHeader("MC_UNIT");
  if (!key) throw new Error("worker prompt without an MC_UNIT line");
  const unit = script.units?.[key] ?? {};
  const who = `Scripted worker (unit ${key})`;
  const behaviour = checkBehaviour(unit.behaviour ?? "ok", WORKER_BEHAVIOURS, who);
  if (["crash", "hang", "permission-prompt"].includes(behaviour))
    return misbehave(behaviour, { lineDelay, exitCode: unit.exitCode, who });

  const edits = Array.isArray(unit.edits) ? unit.edits : [];
  await sleep(lineDelay);
  say(`${who}: ${edits.length} edit${edits.length === 1 ? "" : "s"} to make.`);
  for (const edit of edits) {
    await sleep(lineDelay);
    applyEdit(edit);
    say(
      `${edit.delete ? "Deleted" : edit.append !== undefined ? "Appended to" : "Wrote"} ${edit.path}`,
    );
  }
  const files = [...new Set(edits.map((edit) => edit.path))];
  if (files.length && unit.commit !== false && behaviour !== "uncommitted") {
    await sleep(lineDelay);
    const committed = commitEdits(files, unit.message ?? `${key}: scripted change`);
    say(committed ? `Committed ${files.join(", ")}.` : "The edits changed nothing to commit.");
  }
  if (unit.delayMs) await sleep(unit.delayMs);

  if (await misbehave(behaviour, { marker: "MC_RESULT", lineDelay, who })) return;
  const status = behaviour === "failed" || behaviour === "blocked" ? behaviour : "completed";
  const result = {
    status,
    summary:
      unit.summary ??
      (status === "completed"
        ? `Scripted unit ${key}: ${files.length ? `changed ${files.join(", ")}` : "nothing to change"}.`
        : `Scripted unit ${key} ${status}.`),
    files_changed: files,
    discoveries: Array.isArray(unit.discoveries) ? unit.discoveries : [],
    concerns: Array.isArray(unit.concerns) ? unit.concerns : [],
  };
  await sleep(lineDelay);
  finish(`${who}: ${status}.\nMC_RESULT: ${JSON.stringify(result)}`);
}

async function runReviewer(script, lineDelay) {
  const key = firstHeader("MC_UNIT") ?? "unknown";
  const entry = {
    ...DEFAULT_REVIEW,
    ...(script.review ?? {}),
    ...(script.units?.[key]?.review ?? {}),
  };
  const who = `Scripted reviewer (unit ${key})`;
  const behaviour = checkBehaviour(entry.behaviour ?? "ok", ANY_ROLE_BEHAVIOURS, who);
  if (await misbehave(behaviour, { marker: "REVIEW_RESULT", lineDelay, who })) return;
  const { behaviour: _behaviour, ...review } = entry;
  await sleep(lineDelay);
  say(`${who}: read the diff.`);
  await sleep(lineDelay);
  finish(`REVIEW_RESULT: ${JSON.stringify(review)}`);
}

async function runMission(role) {
  if (!MISSION_ROLES.includes(role))
    throw new Error(`unknown MC_ROLE "${role}" (use ${MISSION_ROLES.join(", ")})`);
  const script = loadMissionScript();
  const lineDelay = missionLineDelay(script);
  if (streamJson) emit({ type: "system", subtype: "init", cwd, model: "scripted", tools: [] });
  if (role === "planner") await runPlanner(script, lineDelay);
  else if (role === "critic") await runCritic(script, lineDelay);
  else if (role === "worker") await runWorker(script, lineDelay);
  else await runReviewer(script, lineDelay);
}

const missionRole = firstHeader("MC_ROLE");
(missionRole ? runMission(missionRole) : run(loadScript())).catch((error) => {
  process.stderr.write(`scripted agent: ${error.message}\n`);
  process.exit(1);
});
