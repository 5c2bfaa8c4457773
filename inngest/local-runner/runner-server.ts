import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { z } from "zod";
import type { Clock } from "@/inngest/local-runner/clock";
import { cancelRun } from "@/inngest/local-runner/finish-run";
import { ingestEvents } from "@/inngest/local-runner/ingest-events";
import { type Db, transaction } from "@/inngest/local-runner/pg-pool";
import { registerApp } from "@/inngest/local-runner/register-app";
import { rerun } from "@/inngest/local-runner/rerun";
import { verifyBearer } from "@/inngest/local-runner/signing";
import { registersOnly } from "@/inngest/local-runner/sync-guard";
import { eventSchema, registerSchema } from "@/inngest/local-runner/types";

export type ServerContext = {
  db: Db;
  clock: Clock;
  signingKey: string;
  eventKey: string;
  /** The serve URL this runner syncs; a registration for any other URL is refused. */
  appUrl: () => string | undefined;
  wake: () => void;
};

const MAX_BODY = 4 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, "Body too large.");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
  } catch {
    throw new HttpError(400, "Body is not JSON.");
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, `Invalid body: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function decodedKey(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(401, "Event key not found.");
  }
}

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function route(context: ServerContext, request: IncomingMessage): Promise<unknown> {
  const url = new URL(request.url ?? "/", "http://runner");
  const eventPath = url.pathname.match(/^\/e\/([^/]+)$/);
  if (request.method === "POST" && eventPath) {
    if (!sameSecret(decodedKey(eventPath[1] as string), context.eventKey))
      throw new HttpError(401, "Event key not found.");
    const body = await readJson(request);
    const events = parse(z.array(eventSchema).min(1), Array.isArray(body) ? body : [body]);
    const ids = await transaction(context.db, (tx) =>
      ingestEvents(tx, events, context.clock.now()),
    );
    context.wake();
    return { ids, status: 200 };
  }
  if (request.method === "GET" && url.pathname === "/health") return { status: "ok" };
  if (!verifyBearer(request.headers.authorization, context.signingKey))
    throw new HttpError(401, "Signing key does not match.");
  if (request.method === "POST" && url.pathname === "/fn/register") {
    const payload = parse(registerSchema, await readJson(request));
    const appUrl = context.appUrl();
    if (!appUrl || !registersOnly(appUrl, payload))
      throw new HttpError(
        403,
        "This runner accepts a sync only for the app URL it was started with.",
      );
    try {
      await registerApp(context.db, context.clock, payload);
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, (error as Error).message);
    }
    context.wake();
    return { ok: true, modified: true };
  }
  const cancelPath = url.pathname.match(/^\/v1\/runs\/([^/]+)\/cancel$/);
  if (request.method === "POST" && cancelPath) {
    const cancelled = await transaction(context.db, async (tx) => {
      const at = context.clock.now();
      const event = await cancelRun(tx, cancelPath[1] as string, at);
      if (event) await ingestEvents(tx, [event], at);
      return Boolean(event);
    });
    if (!cancelled) throw new HttpError(404, "No such run in progress.");
    context.wake();
    return { cancelled: true };
  }
  const rerunPath = url.pathname.match(/^\/v1\/runs\/([^/]+)\/rerun$/);
  if (request.method === "POST" && rerunPath) {
    const runId = await transaction(context.db, (tx) =>
      rerun(tx, rerunPath[1] as string, context.clock.now()),
    );
    if (!runId) throw new HttpError(404, "No such run, or its function is gone.");
    context.wake();
    return { run_id: runId };
  }
  throw new HttpError(
    404,
    `The local runner does not implement ${request.method} ${url.pathname}.`,
  );
}

export function createRunnerServer(context: ServerContext, onError: (error: unknown) => void) {
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    route(context, request).then(
      (body) =>
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body)),
      (error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        if (status === 500) onError(error);
        const message =
          error instanceof HttpError ? error.message : "Internal error in the local runner.";
        // The SDK reads a sync's outcome from `status` in the body, not from the HTTP status.
        response
          .writeHead(status, { "content-type": "application/json" })
          .end(JSON.stringify({ status, error: message }));
      },
    );
  });
}
