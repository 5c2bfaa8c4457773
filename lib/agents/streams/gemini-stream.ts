import { z } from "zod";
import { type AgentStreamParser, emptyReport } from "@/lib/agents/agent-report";
import { estimateCostUsd } from "@/lib/agents/price-table";
import { describeToolCall } from "@/lib/agents/streams/describe-tool-call";
import { parseJsonLine } from "@/lib/agents/streams/parse-json-line";

const geminiEvent = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("init"),
    session_id: z.string().optional(),
    model: z.string().optional(),
  }),
  z.object({
    type: z.literal("message"),
    role: z.string(),
    content: z.string().optional(),
    delta: z.boolean().optional(),
  }),
  z.object({
    type: z.literal("tool_use"),
    tool_name: z.string(),
    parameters: z.unknown().optional(),
  }),
  z.object({
    type: z.literal("tool_result"),
    status: z.string().optional(),
    output: z.string().optional(),
  }),
  z.object({ type: z.literal("error"), message: z.string().optional() }),
  z.object({
    type: z.literal("result"),
    status: z.string().optional(),
    stats: z.object({ input_tokens: z.number(), output_tokens: z.number() }).partial().optional(),
  }),
]);

/**
 * `gemini --output-format stream-json`: assistant text arrives as deltas and there is no
 * final-text field, so the final text is assembled from the deltas of the last assistant message
 * (after the last tool call). Token stats come with `result`; the cost is estimated.
 */
export function geminiStreamParser(profileModel: string | undefined): AgentStreamParser {
  const report = { ...emptyReport(), model: profileModel };
  let message = "";
  let pending = "";
  let stats: { input_tokens?: number; output_tokens?: number } | undefined;
  const completeLines = () => {
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    return lines;
  };
  const flush = () => {
    const rest = pending;
    pending = "";
    return rest ? [rest] : [];
  };
  return {
    push(line) {
      const event = parseJsonLine(line, geminiEvent);
      if (!event) return line.trim().startsWith("{") ? [] : [line];
      switch (event.type) {
        case "init":
          report.sessionId = event.session_id;
          report.model = event.model ?? report.model;
          return [`[session started${report.model ? `, model ${report.model}` : ""}]`];
        case "message":
          if (event.role !== "assistant") return [];
          message += event.content ?? "";
          pending += event.content ?? "";
          return completeLines();
        case "tool_use":
          message = "";
          return [...flush(), `[tool: ${describeToolCall(event.tool_name, event.parameters)}]`];
        case "tool_result":
          return event.status === "error"
            ? [`[tool error] ${(event.output ?? "").split("\n")[0]?.slice(0, 300)}`]
            : [];
        case "error":
          return [...flush(), `[gemini error] ${event.message ?? ""}`];
        case "result":
          report.isError = event.status !== undefined && event.status !== "success";
          stats = event.stats;
          return flush();
      }
    },
    report() {
      const base = { ...report, finalText: message };
      if (!stats) return base;
      const input = stats.input_tokens ?? 0;
      const output = stats.output_tokens ?? 0;
      const costUsd = estimateCostUsd(report.model, input, output);
      return {
        ...base,
        inputTokens: input,
        outputTokens: output,
        costUsd,
        costSource: costUsd === null ? "none" : "estimated",
      };
    },
  };
}
