import type { ServerResponse } from "node:http";
import { isRecord, randomId, SseWriter, sendJson } from "@/scripts/model-server/http-io";
import {
  type Answer,
  type ConversationView,
  findWorkingDirectory,
  type ScriptedTool,
  stripContextWrappers,
} from "@/scripts/model-server/model-script";
import { asShellCommand } from "@/scripts/model-server/shell-quote";
import type { WireModule } from "@/scripts/model-server/wire-format";

// OpenAI Responses API (`POST /v1/responses`), as Codex CLI calls it.

type Item = Record<string, unknown>;

const MODEL_SIDE_ITEMS = new Set([
  "function_call",
  "custom_tool_call",
  "local_shell_call",
  "reasoning",
  "web_search_call",
]);

const isModelItem = (item: Item) =>
  MODEL_SIDE_ITEMS.has(String(item.type)) || (item.type === "message" && item.role === "assistant");

function textOf(item: Item): string {
  if (typeof item.content === "string") return item.content;
  if (!Array.isArray(item.content)) return "";
  return item.content
    .map((part) => (isRecord(part) && typeof part.text === "string" ? part.text : ""))
    .filter(Boolean)
    .join("\n");
}

/** Consecutive model items (text, reasoning, calls) are one turn of the model. */
function countModelTurns(items: Item[]): number {
  let turns = 0;
  let inTurn = false;
  for (const item of items) {
    const model = isModelItem(item);
    if (model && !inTurn) turns += 1;
    inTurn = model;
  }
  return turns;
}

/** The tools the request offers, by name, with their type ("function", "custom", ...). */
function offeredTools(body: Item): Map<string, string> {
  const tools = Array.isArray(body.tools) ? body.tools.filter(isRecord) : [];
  return new Map(tools.map((tool) => [String(tool.name ?? tool.type), String(tool.type)]));
}

/** A new (or replaced) file as an apply_patch `Add File` hunk: its lines, each with a `+`. */
function addFilePatch(path: string, content: string): string {
  const lines = content.slice(0, -1).split("\n");
  return `*** Begin Patch\n*** Add File: ${path}\n${lines.map((l) => `+${l}\n`).join("")}*** End Patch\n`;
}

type CodexCall =
  | { type: "function_call"; name: string; arguments: unknown }
  | { type: "custom_tool_call"; name: string; input: string };

/**
 * Codex's own tools: a write goes through `apply_patch` when the model's tool set has it (known
 * models such as gpt-5.5; not the fallback metadata of unknown names) and the content ends with a
 * newline (patch lines always do); otherwise writes, edits and commands are `exec_command` calls.
 */
function codexCall(tool: ScriptedTool, offered: Map<string, string>): CodexCall {
  if (tool.kind === "raw") return { type: "function_call", name: tool.name, arguments: tool.input };
  const patchType = offered.get("apply_patch");
  if (tool.kind === "write" && patchType && tool.content.endsWith("\n")) {
    const patch = addFilePatch(tool.path, tool.content);
    return patchType === "custom"
      ? { type: "custom_tool_call", name: "apply_patch", input: patch }
      : { type: "function_call", name: "apply_patch", arguments: { input: patch } };
  }
  const command = asShellCommand(tool);
  if (offered.has("exec_command") || !offered.has("shell"))
    return { type: "function_call", name: "exec_command", arguments: { cmd: command } };
  return { type: "function_call", name: "shell", arguments: { command: ["bash", "-lc", command] } };
}

function read(body: unknown): ConversationView {
  const request = isRecord(body) ? body : {};
  const items = Array.isArray(request.input) ? request.input.filter(isRecord) : [];
  const firstModelItem = items.findIndex(isModelItem);
  const opening = items.slice(0, firstModelItem < 0 ? items.length : firstModelItem);
  const openingText = opening
    .filter((item) => item.role === "user")
    .map(textOf)
    .join("\n");
  const systemText = [
    typeof request.instructions === "string" ? request.instructions : "",
    ...items.filter((item) => item.role === "developer" || item.role === "system").map(textOf),
  ].join("\n");
  const tools = Array.isArray(request.tools) ? request.tools : [];
  return {
    userText: stripContextWrappers(openingText),
    systemText,
    modelTurns: countModelTurns(items),
    cwd: findWorkingDirectory(openingText) ?? findWorkingDirectory(systemText),
    sideRequest: tools.length === 0 ? "no tools" : undefined,
  };
}

function outputItems(answer: Answer, body: Item): Item[] {
  const items: Item[] = [];
  if (answer.text !== undefined)
    items.push({
      type: "message",
      id: randomId("msg_"),
      role: "assistant",
      status: "completed",
      content: [{ type: "output_text", text: answer.text, annotations: [] }],
    });
  const offered = offeredTools(body);
  for (const tool of answer.tools) {
    const call = codexCall(tool, offered);
    const ids = { id: randomId("fc_"), call_id: randomId("call_"), status: "completed" };
    items.push(
      call.type === "custom_tool_call"
        ? { type: call.type, ...ids, name: call.name, input: call.input }
        : { type: call.type, ...ids, name: call.name, arguments: JSON.stringify(call.arguments) },
    );
  }
  return items;
}

function write(response: ServerResponse, answer: Answer, body: unknown): void {
  const request = isRecord(body) ? body : {};
  const output = outputItems(answer, request);
  const base = {
    id: randomId("resp_"),
    object: "response",
    created_at: Math.floor(Date.now() / 1000),
    model: typeof request.model === "string" ? request.model : "gpt-scripted",
  };
  const usage = {
    input_tokens: answer.usage.input,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: answer.usage.output,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: answer.usage.input + answer.usage.output,
  };
  const completed = { ...base, status: "completed", output, usage };
  if (request.stream !== true) {
    sendJson(response, 200, completed);
    return;
  }
  const sse = new SseWriter(response);
  let sequence = 0;
  const send = (data: { type: string } & Item) =>
    sse.send({ ...data, sequence_number: sequence++ }, data.type);
  send({ type: "response.created", response: { ...base, status: "in_progress", output: [] } });
  output.forEach((item, index) => {
    if (item.type === "message") {
      send({
        type: "response.output_item.added",
        output_index: index,
        item: { ...item, status: "in_progress", content: [] },
      });
      const text = answer.text ?? "";
      send({
        type: "response.content_part.added",
        item_id: item.id,
        output_index: index,
        content_index: 0,
        part: { type: "output_text", text: "", annotations: [] },
      });
      for (const delta of text.split(/(?<=\n)/))
        send({
          type: "response.output_text.delta",
          item_id: item.id,
          output_index: index,
          content_index: 0,
          delta,
        });
      send({
        type: "response.output_text.done",
        item_id: item.id,
        output_index: index,
        content_index: 0,
        text,
      });
    } else {
      send({ type: "response.output_item.added", output_index: index, item });
    }
    send({ type: "response.output_item.done", output_index: index, item });
  });
  send({ type: "response.completed", response: completed });
  sse.end();
}

export const openAiResponses: WireModule = { wire: "openai-responses", read, write };
