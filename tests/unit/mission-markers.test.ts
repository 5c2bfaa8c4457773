import { describe, expect, it } from "vitest";
import { agentTextLines, stripAnsi } from "@/lib/mission/agent-text";
import {
  parseCriticResult,
  parsePlan,
  parseReviewResult,
  parseWorkerResult,
} from "@/lib/mission/markers";

const ok = { status: "completed", summary: "Added subtraction", files_changed: ["calc.mjs"] };

describe("worker result marker", () => {
  it("reads a valid MC_RESULT line", () => {
    const parsed = parseWorkerResult(`Working…\nMC_RESULT: ${JSON.stringify(ok)}\n`);
    expect(parsed).toEqual({ ok: true, result: ok });
  });

  it("keeps the optional lists when given and allows them to be left out", () => {
    const full = { ...ok, discoveries: ["tests are slow"], concerns: [] };
    expect(parseWorkerResult(`MC_RESULT: ${JSON.stringify(full)}`)).toEqual({
      ok: true,
      result: full,
    });
    expect(parseWorkerResult('MC_RESULT: {"status":"blocked","summary":"no access"}')).toEqual({
      ok: true,
      result: { status: "blocked", summary: "no access" },
    });
  });

  it("says when there is no marker", () => {
    expect(parseWorkerResult("I did it all.\nBye")).toEqual({
      ok: false,
      reason: "no MC_RESULT marker in the output",
    });
    expect(parseWorkerResult("")).toEqual({
      ok: false,
      reason: "no MC_RESULT marker in the output",
    });
  });

  it("names malformed JSON", () => {
    const parsed = parseWorkerResult("MC_RESULT: {not json");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/^malformed MC_RESULT: invalid JSON/);
    const broken = parseWorkerResult('MC_RESULT: {"status": completed}');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.reason).toMatch(/^malformed MC_RESULT: invalid JSON \(/);
    expect(parseWorkerResult("MC_RESULT: done")).toEqual({
      ok: false,
      reason: "malformed MC_RESULT: expected a JSON object after the marker",
    });
    const trailing = parseWorkerResult(`MC_RESULT: ${JSON.stringify(ok)} and more words`);
    expect(trailing.ok).toBe(false);
    if (!trailing.ok) expect(trailing.reason).toContain("unexpected text after the JSON object");
  });

  it("names a wrong enum value and wrong field types", () => {
    expect(parseWorkerResult('MC_RESULT: {"status":"done","summary":"x"}')).toEqual({
      ok: false,
      reason: "malformed MC_RESULT: status must be completed, failed or blocked",
    });
    expect(parseWorkerResult('MC_RESULT: {"status":"failed"}')).toEqual({
      ok: false,
      reason: "malformed MC_RESULT: summary must be a string",
    });
    expect(
      parseWorkerResult('MC_RESULT: {"status":"failed","summary":"x","files_changed":"a.ts"}'),
    ).toEqual({
      ok: false,
      reason: "malformed MC_RESULT: files_changed must be a list of strings",
    });
    expect(parseWorkerResult("MC_RESULT: []")).toEqual({
      ok: false,
      reason: "malformed MC_RESULT: expected a JSON object after the marker",
    });
  });

  it("finds the marker inside noise, escape codes and indentation", () => {
    const output = [
      "\u001b[32m✓\u001b[0m tests passed",
      "random noise {} with braces",
      `  \u001b[1mMC_RESULT:\u001b[0m ${JSON.stringify(ok)}  `,
      "[exit 0]",
    ].join("\r\n");
    expect(parseWorkerResult(output)).toEqual({ ok: true, result: ok });
    expect(parseWorkerResult(`**MC_RESULT:** \`${JSON.stringify(ok)}\``)).toEqual({
      ok: true,
      result: ok,
    });
  });

  it("handles braces and quotes inside strings and an object spread over lines", () => {
    const tricky = { status: "completed", summary: 'Fixed "}" parsing {x}' };
    expect(parseWorkerResult(`MC_RESULT: ${JSON.stringify(tricky)}`)).toEqual({
      ok: true,
      result: tricky,
    });
    expect(parseWorkerResult(`MC_RESULT: ${JSON.stringify(ok, null, 2)}\nlater output`)).toEqual({
      ok: true,
      result: ok,
    });
  });

  it("reads an object that starts on the line after the marker", () => {
    expect(parseWorkerResult(`MC_RESULT:\n\`\`\`json\n${JSON.stringify(ok)}\n\`\`\``)).toEqual({
      ok: true,
      result: ok,
    });
    expect(parseWorkerResult("MC_RESULT:\nsome prose").ok).toBe(false);
    expect(parseWorkerResult("MC_RESULT:").ok).toBe(false);
  });

  it("uses the last marker", () => {
    const first = { status: "failed", summary: "first try" };
    const last = { status: "completed", summary: "second try" };
    expect(
      parseWorkerResult(`MC_RESULT: ${JSON.stringify(first)}\nMC_RESULT: ${JSON.stringify(last)}`),
    ).toEqual({ ok: true, result: last });
    const brokenLast = parseWorkerResult(`MC_RESULT: ${JSON.stringify(last)}\nMC_RESULT: {oops`);
    expect(brokenLast.ok).toBe(false);
  });

  it("reads the marker from raw stream-json events too", () => {
    const output = [
      JSON.stringify({ type: "system", subtype: "init", session_id: "s" }),
      JSON.stringify({
        type: "assistant",
        message: { content: [{ type: "text", text: "Working on it" }] },
      }),
      JSON.stringify({
        type: "result",
        result: `Done.\nMC_RESULT: ${JSON.stringify(ok)}`,
        session_id: "s",
      }),
    ].join("\n");
    expect(parseWorkerResult(output)).toEqual({ ok: true, result: ok });
  });
});

describe("agent text", () => {
  it("strips escape codes and splits every kind of line end", () => {
    expect(stripAnsi("\u001b[31mred\u001b[0m \u001b]0;title\u0007x")).toBe("red x");
    expect(agentTextLines("a\r\nb\rc\nd")).toEqual(["a", "b", "c", "d"]);
  });
});

const unit = (key: string, extra: object = {}) => ({
  key,
  title: `Do ${key}`,
  description: `Description of ${key}`,
  files_hint: [`${key}.ts`],
  depends_on: [],
  acceptance: "tests pass",
  ...extra,
});

const planText = (body: unknown) =>
  `Here is the plan.\n<!-- PLAN -->\n${typeof body === "string" ? body : JSON.stringify(body)}\n<!-- /PLAN -->\nDone.`;

describe("plan block", () => {
  it("reads the units", () => {
    const units = [unit("a"), unit("b", { depends_on: ["a"] })];
    expect(parsePlan(planText({ units }))).toEqual({ ok: true, units });
  });

  it("fills in the optional fields and accepts a fenced block", () => {
    const parsed = parsePlan(
      planText('```json\n{"units": [{"key": "only", "title": "Only unit"}]}\n```'),
    );
    expect(parsed).toEqual({
      ok: true,
      units: [
        {
          key: "only",
          title: "Only unit",
          description: "",
          files_hint: [],
          depends_on: [],
          acceptance: "",
        },
      ],
    });
  });

  it("reads an empty plan as the objective met", () => {
    expect(parsePlan(planText({ units: [] }))).toEqual({ ok: true, units: [] });
  });

  it("says when the block is missing or not closed", () => {
    expect(parsePlan("no plan here")).toEqual({
      ok: false,
      reason: "no <!-- PLAN --> block in the output",
    });
    expect(parsePlan('<!-- PLAN -->\n{"units": []}')).toEqual({
      ok: false,
      reason: "the <!-- PLAN --> block is not closed by <!-- /PLAN -->",
    });
  });

  it("names malformed JSON and schema problems with the unit's number", () => {
    const broken = parsePlan(planText('{"units": [}'));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.reason).toMatch(/^malformed PLAN: invalid JSON/);
    expect(parsePlan(planText({ units: [unit("a"), { key: "bad key!", title: "x" }] }))).toEqual({
      ok: false,
      reason:
        "malformed PLAN: unit 2: key must be a short slug (letters, digits, '.', '_' or '-', at most 64)",
    });
    expect(parsePlan(planText({ steps: [] }))).toEqual({
      ok: false,
      reason: "malformed PLAN: units must be a list",
    });
  });

  it("refuses repeated keys and unknown or self dependencies", () => {
    expect(parsePlan(planText({ units: [unit("a"), unit("a")] }))).toEqual({
      ok: false,
      reason: "malformed PLAN: key a is used by more than one unit",
    });
    expect(parsePlan(planText({ units: [unit("a", { depends_on: ["zzz"] })] }))).toEqual({
      ok: false,
      reason: "malformed PLAN: unit a depends on unknown unit zzz",
    });
    expect(parsePlan(planText({ units: [unit("a", { depends_on: ["a"] })] }))).toEqual({
      ok: false,
      reason: "malformed PLAN: unit a depends on itself",
    });
  });

  it("uses the last complete block", () => {
    const output = `${planText({ units: [unit("old")] })}\nRefined:\n${planText({ units: [unit("new")] })}\n<!-- PLAN --> dangling`;
    const parsed = parsePlan(output);
    expect(parsed.ok && parsed.units.map((u) => u.key)).toEqual(["new"]);
  });
});

describe("critic and review markers", () => {
  it("reads a critic verdict with and without a next objective", () => {
    expect(
      parseCriticResult('noise\nCRITIC_RESULT: {"verdict":"needs_refinement","feedback":"split"}'),
    ).toEqual({ ok: true, result: { verdict: "needs_refinement", feedback: "split" } });
    expect(
      parseCriticResult(
        'CRITIC_RESULT: {"verdict":"sufficient","feedback":"ok","next_objective":"Add division"}',
      ),
    ).toEqual({
      ok: true,
      result: { verdict: "sufficient", feedback: "ok", next_objective: "Add division" },
    });
    expect(
      parseCriticResult(
        'CRITIC_RESULT: {"verdict":"sufficient","feedback":"ok","next_objective":null}',
      ),
    ).toEqual({ ok: true, result: { verdict: "sufficient", feedback: "ok" } });
  });

  it("names a wrong verdict and a missing marker", () => {
    expect(parseCriticResult('CRITIC_RESULT: {"verdict":"great","feedback":""}')).toEqual({
      ok: false,
      reason: "malformed CRITIC_RESULT: verdict must be sufficient or needs_refinement",
    });
    expect(parseCriticResult("looks fine")).toEqual({
      ok: false,
      reason: "no CRITIC_RESULT marker in the output",
    });
  });

  it("reads review scores and refuses scores out of range", () => {
    const review = { alignment: 8, approach: 7, tests: 6, notes: "fine" };
    expect(parseReviewResult(`REVIEW_RESULT: ${JSON.stringify(review)}`)).toEqual({
      ok: true,
      result: review,
    });
    expect(parseReviewResult(`REVIEW_RESULT: ${JSON.stringify({ ...review, tests: 11 })}`)).toEqual(
      { ok: false, reason: "malformed REVIEW_RESULT: tests must be a number from 1 to 10" },
    );
    expect(
      parseReviewResult(`REVIEW_RESULT: ${JSON.stringify({ ...review, alignment: 7.5 })}`),
    ).toEqual({
      ok: false,
      reason: "malformed REVIEW_RESULT: alignment must be a whole number from 1 to 10",
    });
    expect(parseReviewResult("REVIEW_RESULT: {not json").ok).toBe(false);
  });
});
