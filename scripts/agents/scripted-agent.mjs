#!/usr/bin/env node
// The scripted agent: a real executable that stands in for a language model. It is spawned like
// Claude Code (`-p <prompt> --output-format stream-json|text`) and follows a script instead of
// thinking. The script comes from the file named by MC_AGENT_SCRIPT, else
// `.mission-control/agent-script.json` in the working directory, else the default below, which
// reads the prompt, looks at the project's files and reports. Node built-ins only.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
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

run(loadScript()).catch((error) => {
  process.stderr.write(`scripted agent: ${error.message}\n`);
  process.exit(1);
});
