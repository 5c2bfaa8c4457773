import { z } from "zod";
import { type AgentStreamParser, emptyReport } from "@/lib/agents/agent-report";
import { parseJsonLine } from "@/lib/agents/streams/parse-json-line";

const textBlock = z.object({ type: z.literal("text"), text: z.string() });
const toolUseBlock = z.object({ type: z.literal("tool_use"), name: z.string() });
const toolResultBlock = z.object({
  type: z.literal("tool_result"),
  is_error: z.boolean().optional(),
  content: z.unknown().optional(),
});
const denial = z.object({ tool_name: z.string(), tool_input: z.unknown().optional() });
const usage = z
  .object({
    input_tokens: z.number(),
    output_tokens: z.number(),
    cache_creation_input_tokens: z.number(),
    cache_read_input_tokens: z.number(),
  })
  .partial();

const streamEvent = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("system"),
    subtype: z.string().optional(),
    session_id: z.string().optional(),
    model: z.string().optional(),
    tool_name: z.string().optional(),
  }),
  z.object({
    type: z.literal("assistant"),
    session_id: z.string().optional(),
    message: z.object({ content: z.array(z.unknown()) }),
  }),
  z.object({
    type: z.literal("user"),
    session_id: z.string().optional(),
    message: z.object({ content: z.union([z.string(), z.array(z.unknown())]) }).optional(),
  }),
  z.object({
    type: z.literal("result"),
    session_id: z.string().optional(),
    is_error: z.boolean().optional(),
    result: z.string().optional(),
    total_cost_usd: z.number().optional(),
    usage: usage.optional(),
    permission_denials: z.array(denial).optional(),
  }),
]);

/** "Bash: git push" or "WebFetch: https://…": the tool and the gist of what it was asked. */
export function describeToolCall(name: string, input: unknown) {
  if (!input || typeof input !== "object") return name;
  const fields = input as Record<string, unknown>;
  const gist = ["command", "file_path", "url", "path", "pattern"]
    .map((key) => fields[key])
    .find((value) => typeof value === "string");
  return typeof gist === "string" ? `${name}: ${gist.slice(0, 200)}` : name;
}

/**
 * Claude Code's `--output-format stream-json --verbose` (and the scripted agent's, which speaks
 * it too). Assistant events carry one content block per line; the `result` event holds the final
 * text, the cost Claude Code computed from list prices, the token usage and the refused tools.
 */
export function claudeCodeStreamParser(): AgentStreamParser {
  const report = emptyReport();
  const texts: string[] = [];
  let sawResult = false;
  return {
    push(line) {
      const event = parseJsonLine(line, streamEvent);
      if (!event) return [line];
      report.sessionId = event.session_id ?? report.sessionId;
      switch (event.type) {
        case "system":
          if (event.subtype === "init") {
            report.model = event.model ?? report.model;
            return [`[session started${event.model ? `, model ${event.model}` : ""}]`];
          }
          return event.tool_name ? [`[refused: ${event.tool_name}]`] : [];
        case "assistant":
          return event.message.content.flatMap((block) => {
            const text = textBlock.safeParse(block);
            if (text.success) {
              texts.push(text.data.text);
              return [text.data.text];
            }
            const tool = toolUseBlock.safeParse(block);
            return tool.success ? [`[tool: ${tool.data.name}]`] : [];
          });
        case "user": {
          const blocks = Array.isArray(event.message?.content) ? event.message.content : [];
          return blocks.flatMap((block) => {
            const result = toolResultBlock.safeParse(block);
            if (!result.success || !result.data.is_error) return [];
            const said = typeof result.data.content === "string" ? result.data.content : "";
            return [`[tool error] ${said.split("\n")[0]?.slice(0, 300) ?? ""}`];
          });
        }
        case "result": {
          sawResult = true;
          report.finalText = event.result ?? "";
          report.isError = event.is_error ?? false;
          if (event.total_cost_usd !== undefined) {
            report.costUsd = event.total_cost_usd;
            report.costSource = "reported";
          }
          if (event.usage) {
            const used = event.usage;
            report.inputTokens =
              (used.input_tokens ?? 0) +
              (used.cache_creation_input_tokens ?? 0) +
              (used.cache_read_input_tokens ?? 0);
            report.outputTokens = used.output_tokens ?? 0;
          }
          report.deniedTools = (event.permission_denials ?? []).map((denied) =>
            describeToolCall(denied.tool_name, denied.tool_input),
          );
          // The final text is where the markers are: it belongs in the log as the agent said it.
          return report.finalText ? [report.finalText] : [];
        }
      }
    },
    report: () => ({ ...report, finalText: sawResult ? report.finalText : texts.join("\n") }),
  };
}
