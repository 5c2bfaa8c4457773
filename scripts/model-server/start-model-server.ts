import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { anthropicMessages, countTokens } from "@/scripts/model-server/anthropic-messages";
import {
  countGeminiTokens,
  geminiGenerateContent,
} from "@/scripts/model-server/gemini-generate-content";
import { readBody, sendJson, sleep } from "@/scripts/model-server/http-io";
import {
  chooseAnswer,
  type ModelScript,
  modelScriptSchema,
} from "@/scripts/model-server/model-script";
import { openAiResponses } from "@/scripts/model-server/openai-responses";
import {
  type RecordedRequest,
  RequestLog,
  redactHeaders,
  type WireFormat,
} from "@/scripts/model-server/request-log";
import type { WireModule } from "@/scripts/model-server/wire-format";

export type ModelServer = {
  url: string;
  port: number;
  /** Every model API request so far, in arrival order (control requests are not recorded). */
  requests: RecordedRequest[];
  setScript(script: ModelScript): void;
  close(): Promise<void>;
};

export type ModelServerOptions = { script: ModelScript; port?: number; host?: string };

const GEMINI_PATH =
  /^\/v1beta\/models\/[^/:]+:(streamGenerateContent|generateContent|countTokens)$/;

function wireModuleFor(method: string, pathname: string): WireModule | undefined {
  if (method !== "POST") return undefined;
  if (pathname === "/v1/messages") return anthropicMessages;
  if (pathname === "/v1/responses") return openAiResponses;
  const gemini = GEMINI_PATH.exec(pathname);
  if (gemini && gemini[1] !== "countTokens") return geminiGenerateContent;
  return undefined;
}

/**
 * A scripted stand-in for the model APIs of Claude Code, Codex CLI and Gemini CLI on one port
 * (README.md in this folder).
 */
export async function startModelServer(options: ModelServerOptions): Promise<ModelServer> {
  let script = modelScriptSchema.parse(options.script);
  const log = new RequestLog();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? "GET";
    const path = request.url ?? "/";
    const url = new URL(path, "http://model-server");
    const body = await readBody(request);

    if (url.pathname === "/_mc/requests" && method === "GET")
      return sendJson(response, 200, log.requests);
    if (url.pathname === "/_mc/script" && method === "PUT") {
      const parsed = modelScriptSchema.safeParse(body);
      if (!parsed.success) return sendJson(response, 400, { error: parsed.error.issues });
      script = parsed.data;
      return sendJson(response, 200, { ok: true });
    }

    const headers = redactHeaders(request.headers);
    const record = (wire: WireFormat, answer: RecordedRequest["answer"], usage = null) =>
      log.add({ method, path, headers, body, wire, answer, usage });
    const none = { conversation: null, match: null, turn: null };

    if (method === "POST" && url.pathname === "/v1/messages/count_tokens") {
      record("anthropic", { kind: "count-tokens", ...none });
      return sendJson(response, 200, countTokens(body));
    }
    if (method === "POST" && GEMINI_PATH.exec(url.pathname)?.[1] === "countTokens") {
      record("gemini", { kind: "count-tokens", ...none });
      return sendJson(response, 200, countGeminiTokens(body));
    }
    const wire = wireModuleFor(method, url.pathname);
    if (!wire) {
      record("unknown", { kind: "not-found", ...none });
      if (method === "HEAD") {
        response.writeHead(200);
        return void response.end();
      }
      return sendJson(response, 404, { error: { message: `No route for ${method} ${path}` } });
    }
    const view = wire.read(body, url);
    const answer = chooseAnswer(script, view);
    log.add({
      method,
      path,
      headers,
      body,
      wire: wire.wire,
      answer: {
        kind: answer.kind,
        conversation: answer.conversation,
        match: answer.match,
        turn: answer.turn,
        ...(view.sideRequest ? { reason: view.sideRequest } : {}),
      },
      usage: answer.usage,
    });
    if (answer.delayMs > 0) await sleep(answer.delayMs);
    if (!response.destroyed) wire.write(response, answer, body, url);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) return void response.end();
      sendJson(response, 500, { error: { message: String(error) } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    port,
    requests: log.requests,
    setScript(next) {
      script = modelScriptSchema.parse(next);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
