import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AgentStreamParser } from "@/lib/agents/agent-report";
import { estimateCostUsd } from "@/lib/agents/price-table";
import { claudeCodeStreamParser } from "@/lib/agents/streams/claude-code-stream";
import { codexStreamParser } from "@/lib/agents/streams/codex-stream";
import { geminiStreamParser } from "@/lib/agents/streams/gemini-stream";
import { textStreamParser } from "@/lib/agents/streams/text-stream";

// Real output of the real CLIs against the scripted model server (tests/integration/model-server.test.ts).
const fixture = (name: string) =>
  readFileSync(path.join("tests/fixtures/agent-streams", name), "utf8").split("\n").filter(Boolean);

function read(parser: AgentStreamParser, lines: string[]) {
  const shown = lines.flatMap((line) => parser.push(line));
  return { shown, report: parser.report() };
}

describe("Claude Code's stream-json", () => {
  it("gives the final text, session, model, the reported cost and the tokens", () => {
    const { shown, report } = read(claudeCodeStreamParser(), fixture("claude-code.jsonl"));
    expect(report.finalText).toBe(
      'Done.\nMC_RESULT: {"status":"completed","summary":"Added notes.txt"}',
    );
    expect(report.sessionId).toBe("8af65e2d-2660-41ca-af4c-312dbb11ff93");
    expect(report.model).toBe("claude-sonnet-4-5");
    expect(report).toMatchObject({ inputTokens: 4000, outputTokens: 180, costSource: "reported" });
    expect(report.costUsd).toBeCloseTo(0.0147, 6);
    // Claude Code prices by list price, as the price table does.
    expect(estimateCostUsd("claude-sonnet-4-5", 4000, 180)).toBeCloseTo(report.costUsd ?? 0, 9);
    expect(report.deniedTools).toEqual([]);
    expect(shown).toContain("[tool: Write]");
    expect(shown).toContain("[tool: Bash]");
  });

  it("names a refused tool, which the run's success does not hide", () => {
    const { shown, report } = read(claudeCodeStreamParser(), fixture("claude-code-denied.jsonl"));
    expect(report.deniedTools).toEqual(["WebFetch: https://example.com"]);
    expect(report.isError).toBe(false);
    expect(shown).toContain("[refused: WebFetch]");
    expect(shown.some((line) => line.startsWith("[tool error] Claude requested permissions"))).toBe(
      true,
    );
  });

  it("assembles the text said when the stream ends without a result", () => {
    const lines = fixture("claude-code.jsonl").filter((line) => !line.includes('"total_cost_usd"'));
    const { report } = read(claudeCodeStreamParser(), lines);
    expect(report.finalText).toContain("MC_RESULT:");
    expect(report.costUsd).toBeNull();
  });
});

describe("Claude Code's stream-json, odd lines", () => {
  const lines = fixture("claude-code.jsonl");
  const result = JSON.parse(lines.at(-1) ?? "{}");

  it("hides events it does not know and shows the final text once", () => {
    const { shown } = read(claudeCodeStreamParser(), [
      JSON.stringify({ type: "rate_limit_event", rate_limit_info: { status: "allowed" } }),
      ...lines,
    ]);
    expect(shown.some((line) => line.includes("rate_limit"))).toBe(false);
    expect(shown.filter((line) => line.includes("MC_RESULT")).length).toBe(1);
  });

  it("keeps the result when one of its fields has an unexpected type", () => {
    const odd = { ...result, usage: { ...result.usage, output_tokens: null } };
    const { report } = read(claudeCodeStreamParser(), [...lines.slice(0, -1), JSON.stringify(odd)]);
    expect(report).toMatchObject({ inputTokens: 4000, outputTokens: 0, costSource: "reported" });
    expect(report.finalText).toContain("MC_RESULT:");
  });

  it("keeps what was said when a result ends on an error without a result text", () => {
    const { result: _text, ...rest } = result;
    const failed = { ...rest, subtype: "error_max_turns", is_error: true };
    const { report } = read(claudeCodeStreamParser(), [
      ...lines.slice(0, -1),
      JSON.stringify(failed),
    ]);
    expect(report.isError).toBe(true);
    expect(report.finalText).toContain("MC_RESULT:");
  });
});

describe("Codex's exec --json", () => {
  it("gives the last agent message, the thread, the tokens and an estimated cost", () => {
    const { shown, report } = read(codexStreamParser("gpt-5"), fixture("codex.jsonl"));
    expect(report.finalText).toBe(
      'Done.\nMC_RESULT: {"status":"completed","summary":"Added notes.txt"}',
    );
    expect(report.sessionId).toBe("01a23c1a-a176-75e2-ae75-fcd3c18e9405");
    expect(report).toMatchObject({ inputTokens: 4000, outputTokens: 180, costSource: "estimated" });
    expect(report.costUsd).toBeCloseTo((4000 * 1.25 + 180 * 10) / 1e6, 9);
    expect(shown.some((line) => line.startsWith("[tool: shell]") && line.includes("git add"))).toBe(
      true,
    );
    expect(shown.some((line) => line.startsWith("[files changed]"))).toBe(true);
  });

  it("reports tokens without a cost for a model the price table does not know", () => {
    const { report } = read(codexStreamParser("local-llama-3"), fixture("codex.jsonl"));
    expect(report).toMatchObject({ inputTokens: 4000, costUsd: null, costSource: "none" });
  });
});

describe("Gemini's stream-json", () => {
  it("assembles the final text from the assistant's deltas and estimates the cost", () => {
    const { shown, report } = read(geminiStreamParser(undefined), fixture("gemini.jsonl"));
    expect(report.finalText).toBe(
      'Done.\nMC_RESULT: {"status":"completed","summary":"Added notes.txt"}',
    );
    expect(report.model).toBe("gemini-2.5-pro");
    expect(report.sessionId).toBe("be356632-520f-4cca-9899-1a8b8e8b812d");
    expect(report).toMatchObject({ inputTokens: 4000, outputTokens: 180, costSource: "estimated" });
    expect(report.costUsd).toBeCloseTo((4000 * 1.25 + 180 * 10) / 1e6, 9);
    expect(shown).toContain("Done.");
    expect(shown.some((line) => line.startsWith("[tool: write_file:"))).toBe(true);
  });

  it("joins deltas split mid-line into whole lines", () => {
    const delta = (content: string) =>
      JSON.stringify({ type: "message", role: "assistant", content, delta: true });
    const { shown, report } = read(geminiStreamParser("gemini-2.5-flash"), [
      delta("MC_RES"),
      delta('ULT: {"status":'),
      delta('"completed"}\nbye'),
      JSON.stringify({ type: "result", status: "success", stats: {} }),
    ]);
    expect(shown).toEqual(['MC_RESULT: {"status":"completed"}', "bye"]);
    expect(report.finalText).toBe('MC_RESULT: {"status":"completed"}\nbye');
  });
});

describe("a generic CLI's text", () => {
  it("is shown as it is and is all the final text", () => {
    const { shown, report } = read(textStreamParser(), ["one", "two"]);
    expect(shown).toEqual(["one", "two"]);
    expect(report).toMatchObject({ finalText: "one\ntwo", costSource: "none", inputTokens: null });
  });
});
