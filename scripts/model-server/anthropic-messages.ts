import type { ServerResponse } from "node:http";
import { isRecord, randomId, SseWriter, sendJson } from "@/scripts/model-server/http-io";
import {
  type Answer,
  type ConversationView,
  findWorkingDirectory,
  type ScriptedTool,
  stripContextWrappers,
} from "@/scripts/model-server/model-script";
import type { WireModule } from "@/scripts/model-server/wire-format";

// Anthropic Messages API (`POST /v1/messages`), as Claude Code calls it.

type ToolUse = { type: "tool_use"; id: string; name: string; input: Record<string, unknown> };
type ContentBlock = { type: "text"; text: string } | ToolUse;

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((block) => (isRecord(block) && typeof block.text === "string" ? block.text : ""))
    .filter(Boolean)
    .join("\n");
}

/** Claude Code's own tools for the script's tool kinds. */
function claudeCodeTool(tool: ScriptedTool): { name: string; input: Record<string, unknown> } {
  switch (tool.kind) {
    case "write":
      return { name: "Write", input: { file_path: tool.path, content: tool.content } };
    case "shell":
      return { name: "Bash", input: { command: tool.command, description: "Scripted command" } };
    case "edit":
      return {
        name: "Edit",
        input: { file_path: tool.path, old_string: tool.old, new_string: tool.new },
      };
    case "raw":
      return { name: tool.name, input: tool.input };
  }
}

function read(body: unknown): ConversationView {
  const request = isRecord(body) ? body : {};
  const messages = Array.isArray(request.messages) ? request.messages.filter(isRecord) : [];
  const firstModelTurn = messages.findIndex((m) => m.role === "assistant");
  const opening = messages.slice(0, firstModelTurn < 0 ? messages.length : firstModelTurn);
  const openingText = opening
    .filter((m) => m.role === "user")
    .map((m) => textOf(m.content))
    .join("\n");
  const systemText = textOf(request.system);
  const tools = Array.isArray(request.tools) ? request.tools : [];
  const sideRequest =
    tools.length === 0 ? "no tools" : request.max_tokens === 1 ? "max_tokens 1" : undefined;
  return {
    userText: stripContextWrappers(openingText),
    systemText,
    modelTurns: messages.filter((m) => m.role === "assistant").length,
    cwd: findWorkingDirectory(openingText) ?? findWorkingDirectory(systemText),
    sideRequest,
  };
}

function contentBlocks(answer: Answer): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  if (answer.text !== undefined) blocks.push({ type: "text", text: answer.text });
  for (const tool of answer.tools)
    blocks.push({ type: "tool_use", id: randomId("toolu_"), ...claudeCodeTool(tool) });
  return blocks;
}

function write(response: ServerResponse, answer: Answer, body: unknown): void {
  const request = isRecord(body) ? body : {};
  const model = typeof request.model === "string" ? request.model : "claude-scripted";
  const blocks = contentBlocks(answer);
  const stopReason = answer.tools.length > 0 ? "tool_use" : "end_turn";
  const usage = {
    input_tokens: answer.usage.input,
    output_tokens: answer.usage.output,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
  };
  const message = {
    id: randomId("msg_"),
    type: "message",
    role: "assistant",
    model,
    stop_sequence: null,
  };
  if (request.stream !== true) {
    sendJson(response, 200, { ...message, content: blocks, stop_reason: stopReason, usage });
    return;
  }
  const sse = new SseWriter(response);
  const send = (data: { type: string } & Record<string, unknown>) => sse.send(data, data.type);
  send({
    type: "message_start",
    message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } },
  });
  blocks.forEach((block, index) => {
    if (block.type === "text") {
      send({ type: "content_block_start", index, content_block: { type: "text", text: "" } });
      for (const piece of block.text.split(/(?<=\n)/))
        send({ type: "content_block_delta", index, delta: { type: "text_delta", text: piece } });
    } else {
      send({
        type: "content_block_start",
        index,
        content_block: { type: "tool_use", id: block.id, name: block.name, input: {} },
      });
      send({
        type: "content_block_delta",
        index,
        delta: { type: "input_json_delta", partial_json: JSON.stringify(block.input) },
      });
    }
    send({ type: "content_block_stop", index });
  });
  send({
    type: "message_delta",
    delta: { stop_reason: stopReason, stop_sequence: null },
    usage: { output_tokens: answer.usage.output },
  });
  send({ type: "message_stop" });
  sse.end();
}

export const anthropicMessages: WireModule = { wire: "anthropic", read, write };

/** `POST /v1/messages/count_tokens`: a rough count (4 characters a token). */
export function countTokens(body: unknown): { input_tokens: number } {
  return { input_tokens: Math.max(1, Math.ceil(JSON.stringify(body ?? "").length / 4)) };
}
