import { Agent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { signBody } from "@/inngest/local-runner/signing";
import { type Op, opsSchema, type StepMemo } from "@/inngest/local-runner/types";

export type CallRequest = {
  url: string;
  functionId: string;
  stepId: string | null;
  disableImmediateExecution: boolean;
  runId: string;
  attempt: number;
  maxAttempts: number;
  event: unknown;
  steps: Record<string, StepMemo>;
  stack: string[];
  signingKey: string;
  at: Date;
};

export type CallReply =
  | { kind: "done"; output: unknown }
  | { kind: "unreachable"; error: { name: string; message: string } }
  | { kind: "ops"; ops: Op[]; retryAfter?: Date }
  | {
      kind: "error";
      retriable: boolean;
      error: { name: string; message: string; stack?: string };
      retryAfter?: Date;
    };

function retryAfter(header: string | null, at: Date): Date | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return new Date(at.getTime() + seconds * 1000);
  const date = new Date(header);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function asError(body: unknown, fallback: string) {
  const value = (body && typeof body === "object" ? body : {}) as {
    name?: unknown;
    message?: unknown;
    stack?: unknown;
  };
  return {
    name: typeof value.name === "string" ? value.name : "Error",
    message: typeof value.message === "string" ? value.message : fallback,
    ...(typeof value.stack === "string" ? { stack: value.stack } : {}),
  };
}

// Steps may run for hours (an agent at work): no timeout on the answer, and kept-alive sockets.
const agents = {
  http: new Agent({ keepAlive: true, maxSockets: 64 }),
  https: new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
};

type HttpReply = { status: number; body: string; header: (name: string) => string | null };

// Connection errors that mean the call never reached the app (it is starting, or restarting).
const NOT_DELIVERED = ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"];

/**
 * A kept-alive socket the app closed as idle just as the call went out fails with ECONNRESET
 * before the app read the call: it is sent again once, on a new socket, instead of costing the run
 * an attempt.
 */
function post(url: URL, body: string, signature: string, again = true): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === "https:";
    const call = (secure ? httpsRequest : httpRequest)(
      url,
      {
        method: "POST",
        agent: secure ? agents.https : agents.http,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "x-inngest-signature": signature,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const header = (name: string) => {
            const value = response.headers[name];
            return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
          };
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            header,
          });
        });
      },
    );
    call.on("error", (error: NodeJS.ErrnoException) => {
      if (again && call.reusedSocket && error.code === "ECONNRESET")
        resolve(post(url, body, signature, false));
      else reject(error);
    });
    call.end(body);
  });
}

/** One signed call to the app's serve handler, as the Inngest executor makes it. */
export async function callFunction(request: CallRequest): Promise<CallReply> {
  const body = {
    version: 2,
    event: request.event,
    events: [request.event],
    steps: request.steps,
    ctx: {
      run_id: request.runId,
      attempt: request.attempt,
      max_attempts: request.maxAttempts,
      disable_immediate_execution: request.disableImmediateExecution,
      use_api: false,
      stack: { stack: request.stack, current: request.stack.length },
    },
  };
  const url = new URL(request.url);
  url.searchParams.set("fnId", request.functionId);
  url.searchParams.set("stepId", request.stepId ?? "step");
  let response: HttpReply;
  try {
    response = await post(
      url,
      JSON.stringify(body),
      signBody(body, request.signingKey, request.at),
    );
  } catch (error) {
    if (NOT_DELIVERED.includes((error as NodeJS.ErrnoException).code ?? ""))
      return {
        kind: "unreachable",
        error: {
          name: "FetchError",
          message: `${url.origin} is not answering: ${(error as Error).message}`,
        },
      };
    return {
      kind: "error",
      retriable: true,
      error: {
        name: "FetchError",
        message: `Could not reach ${url.origin}: ${(error as Error).message}`,
      },
    };
  }
  const text = response.body;
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { message: text.slice(0, 500) };
  }
  if (response.status === 200) return { kind: "done", output: json };
  if (response.status === 206) {
    const ops = opsSchema.safeParse(json);
    if (!ops.success)
      return {
        kind: "error",
        retriable: false,
        error: {
          name: "ProtocolError",
          message: `Malformed ops from the SDK: ${ops.error.message}`,
        },
      };
    return {
      kind: "ops",
      ops: ops.data,
      retryAfter: retryAfter(response.header("retry-after"), request.at),
    };
  }
  const noRetry = response.header("x-inngest-no-retry") === "true";
  return {
    kind: "error",
    retriable: !noRetry,
    error: asError(json, `The app answered ${response.status}`),
    retryAfter: retryAfter(response.header("retry-after"), request.at),
  };
}
