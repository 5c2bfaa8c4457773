import { z } from "zod";
import { type AgentStreamParser, emptyReport } from "@/lib/agents/agent-report";
import { describeToolCall } from "@/lib/agents/streams/describe-tool-call";
import { parseJsonLine } from "@/lib/agents/streams/parse-json-line";

const textBlock = z.object({ type: z.literal("text"), text: z.string() });
const toolUseBlock = z.object({ type: z.literal("tool_use"), name: z.string() });
const toolResultBlock = z.object({
  type: z.literal("tool_result"),
  is_error: z.boolean().optional(),
  content: z.unknown().optional(),
});
const denial = z.object({ tool_name: z.string(), tool_input: z.unknown().optional() });
// A field of an unexpected type is read as missing, so one odd value never loses the result.
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const count = lenient(z.number());
const usage = z.object({
  input_tokens: count,
  output_tokens: count,
  cache_creation_input_tokens: count,
  cache_read_input_tokens: count,
});

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
    session_id: lenient(z.string()),
    is_error: lenient(z.boolean()),
    result: lenient(z.string()),
    total_cost_usd: count,
    usage: lenient(usage),
    permission_denials: lenient(z.array(denial)),
  }),
]);

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
      // Events it does not know (rate limits, progress) are bookkeeping; plain text is shown.
      if (!event) return line.trim().startsWith("{") ? [] : [line];
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
          // Runs that end on an error (max turns) have no result text: what was said stands.
          report.finalText = event.result ?? texts.join("\n");
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
          // The final text is where the markers are: shown unless the last text block was it.
          return report.finalText && report.finalText !== texts.at(-1) ? [report.finalText] : [];
        }
      }
    },
    report: () => ({ ...report, finalText: sawResult ? report.finalText : texts.join("\n") }),
  };
}
