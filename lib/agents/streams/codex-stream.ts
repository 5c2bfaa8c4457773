import { z } from "zod";
import { type AgentStreamParser, emptyReport } from "@/lib/agents/agent-report";
import { estimateCostUsd } from "@/lib/agents/price-table";
import { parseJsonLine } from "@/lib/agents/streams/parse-json-line";

const item = z
  .object({
    type: z.string(),
    text: z.string().optional(),
    message: z.string().optional(),
    command: z.string().optional(),
    exit_code: z.number().nullable().optional(),
    status: z.string().optional(),
    changes: z.array(z.object({ path: z.string(), kind: z.string().optional() })).optional(),
  })
  .loose();

const codexEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("thread.started"), thread_id: z.string().optional() }),
  z.object({ type: z.literal("item.started"), item }),
  z.object({ type: z.literal("item.completed"), item }),
  z.object({
    type: z.literal("turn.completed"),
    usage: z.object({ input_tokens: z.number(), output_tokens: z.number() }).partial().optional(),
  }),
  z.object({
    type: z.literal("turn.failed"),
    error: z.object({ message: z.string() }).partial().optional(),
  }),
  z.object({ type: z.literal("error"), message: z.string().optional() }),
]);

/**
 * `codex exec --json`: items (agent messages, shell commands with their exit codes, file
 * changes) and per-turn token usage. Codex reports no cost: it is estimated from the price table
 * for `model`, the model the profile names.
 */
export function codexStreamParser(model: string | undefined): AgentStreamParser {
  const report = { ...emptyReport(), model };
  let input = 0;
  let output = 0;
  let sawUsage = false;
  return {
    push(line) {
      const event = parseJsonLine(line, codexEvent);
      if (!event) return line.trim().startsWith("{") ? [] : [line];
      switch (event.type) {
        case "thread.started":
          report.sessionId = event.thread_id;
          return [`[session started${model ? `, model ${model}` : ""}]`];
        case "item.started":
          return event.item.type === "command_execution" && event.item.command
            ? [`[tool: shell] ${event.item.command}`]
            : [];
        case "item.completed": {
          const done = event.item;
          if (done.type === "agent_message" && done.text !== undefined) {
            report.finalText = done.text;
            return [done.text];
          }
          if (done.type === "command_execution") return [`[shell exited ${done.exit_code ?? "?"}]`];
          if (done.type === "file_change")
            return [`[files changed] ${(done.changes ?? []).map((c) => c.path).join(", ")}`];
          // Codex 0.171 reports a missing model-metadata entry as an error item; it is harmless.
          if (done.type === "error") return [`[codex] ${done.message ?? ""}`];
          return [];
        }
        case "turn.completed":
          sawUsage = true;
          input += event.usage?.input_tokens ?? 0;
          output += event.usage?.output_tokens ?? 0;
          return [];
        case "turn.failed":
          report.isError = true;
          return [`[turn failed] ${event.error?.message ?? ""}`];
        case "error":
          return [`[codex error] ${event.message ?? ""}`];
      }
    },
    report() {
      if (!sawUsage) return { ...report };
      const costUsd = estimateCostUsd(model, input, output);
      return {
        ...report,
        inputTokens: input,
        outputTokens: output,
        costUsd,
        costSource: costUsd === null ? "none" : "estimated",
      };
    },
  };
}
