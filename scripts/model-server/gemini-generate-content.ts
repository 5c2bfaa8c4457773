import type { ServerResponse } from "node:http";
import { isRecord, SseWriter, sendJson } from "@/scripts/model-server/http-io";
import { jsonFromSchema } from "@/scripts/model-server/json-from-schema";
import {
  type Answer,
  type ConversationView,
  findWorkingDirectory,
  type ScriptedTool,
  stripContextWrappers,
} from "@/scripts/model-server/model-script";
import type { WireModule } from "@/scripts/model-server/wire-format";

// Gemini API (`POST /v1beta/models/<model>:streamGenerateContent?alt=sse` and
// `:generateContent`), as Gemini CLI calls it.

type Part = Record<string, unknown>;

function textOf(parts: unknown): string {
  if (!Array.isArray(parts)) return "";
  return parts
    .map((part) => (isRecord(part) && typeof part.text === "string" ? part.text : ""))
    .filter(Boolean)
    .join("\n");
}

/** Gemini CLI's own tools for the script's tool kinds. */
function geminiCall(tool: ScriptedTool): { name: string; args: Record<string, unknown> } {
  switch (tool.kind) {
    case "write":
      return { name: "write_file", args: { file_path: tool.path, content: tool.content } };
    case "shell":
      return {
        name: "run_shell_command",
        args: { command: tool.command, description: "Scripted command" },
      };
    case "edit":
      return {
        name: "replace",
        args: {
          file_path: tool.path,
          instruction: "Scripted edit",
          old_string: tool.old,
          new_string: tool.new,
        },
      };
    case "raw":
      return { name: tool.name, args: tool.input };
  }
}

function read(body: unknown): ConversationView {
  const request = isRecord(body) ? body : {};
  const contents = Array.isArray(request.contents) ? request.contents.filter(isRecord) : [];
  const firstModelTurn = contents.findIndex((c) => c.role === "model");
  const opening = contents.slice(0, firstModelTurn < 0 ? contents.length : firstModelTurn);
  const openingText = opening
    .filter((c) => c.role === "user")
    .map((c) => textOf(c.parts))
    .join("\n");
  const instruction = request.systemInstruction;
  const systemText =
    typeof instruction === "string"
      ? instruction
      : isRecord(instruction)
        ? textOf(instruction.parts)
        : "";
  const tools = Array.isArray(request.tools) ? request.tools : [];
  const config = isRecord(request.generationConfig) ? request.generationConfig : {};
  const sideRequest =
    config.responseMimeType === "application/json"
      ? "asks for JSON"
      : tools.length === 0
        ? "no tools"
        : undefined;
  const schema = config.responseJsonSchema ?? config.responseSchema;
  return {
    userText: stripContextWrappers(openingText),
    systemText,
    modelTurns: contents.filter((c) => c.role === "model").length,
    cwd: findWorkingDirectory(openingText) ?? findWorkingDirectory(systemText),
    sideRequest,
    ...(schema ? { sideAnswer: JSON.stringify(jsonFromSchema(schema)) } : {}),
  };
}

function parts(answer: Answer): Part[] {
  const out: Part[] = [];
  if (answer.text !== undefined) out.push({ text: answer.text });
  for (const tool of answer.tools) out.push({ functionCall: geminiCall(tool) });
  return out;
}

function write(response: ServerResponse, answer: Answer, _body: unknown, url: URL): void {
  const usageMetadata = {
    promptTokenCount: answer.usage.input,
    candidatesTokenCount: answer.usage.output,
    totalTokenCount: answer.usage.input + answer.usage.output,
  };
  const model = /models\/([^:]+):/.exec(url.pathname)?.[1] ?? "gemini-scripted";
  const all = parts(answer);
  const chunk = (chunkParts: Part[], last: boolean) => ({
    candidates: [
      {
        content: { role: "model", parts: chunkParts },
        index: 0,
        ...(last ? { finishReason: "STOP" } : {}),
      },
    ],
    ...(last ? { usageMetadata } : {}),
    modelVersion: model,
  });
  if (!url.pathname.endsWith(":streamGenerateContent")) {
    sendJson(response, 200, chunk(all, true));
    return;
  }
  const sse = new SseWriter(response);
  all.forEach((part, index) => {
    sse.send(chunk([part], index === all.length - 1));
  });
  sse.end();
}

export const geminiGenerateContent: WireModule = { wire: "gemini", read, write };

/** `POST /v1beta/models/<model>:countTokens`: a rough count (4 characters a token). */
export function countGeminiTokens(body: unknown): { totalTokens: number } {
  return { totalTokens: Math.max(1, Math.ceil(JSON.stringify(body ?? "").length / 4)) };
}
