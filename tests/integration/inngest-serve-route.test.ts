import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalRunner } from "@/inngest/local-runner/local-runner";
import { resetEnvCache } from "@/lib/env";
import { readRunnerHeartbeat } from "@/lib/services/runner-health/runner-heartbeat";
import { testKeys } from "@/tests/support/inngest-harness";
import { toWebRequest } from "@/tests/support/node-request";
import { runSql } from "@/tests/support/test-postgres";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// The shipped app/api/inngest route (serve() of the app's own functions) on a loopback server,
// synced by the local runner as `npm start` does it.
const database = setUpMigratedDatabase("inngest_serve_route");
const keys = testKeys();
type RouteHandler = (request: Request, context: unknown) => Promise<Response>;

function listen(server: Server) {
  return new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
}

/** A raw HTTP request, so the Host header can be anything a client cares to send. */
function send(options: {
  port: number;
  method: string;
  path: string;
  host?: string;
  body?: string;
}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const outgoing = request(
      {
        host: "127.0.0.1",
        port: options.port,
        method: options.method,
        path: options.path,
        headers: {
          ...(options.host ? { host: options.host } : {}),
          "content-type": "application/json",
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

let runner: LocalRunner;
let app: Server;
let appPort: number;
let appUrl: string;
const trap = createServer((message, reply) => {
  trapped.push(`${message.method} ${message.url}`);
  reply.writeHead(404).end();
});
const trapped: string[] = [];
let trapPort: number;

const registeredUrl = async () =>
  (await runSql(database.url, "SELECT url FROM inngest_runner.apps")).rows.map((row) => row.url);

beforeAll(async () => {
  trapPort = await listen(trap);
  let handlers: Record<string, RouteHandler> = {};
  app = createServer(async (message, reply) => {
    const handler = handlers[message.method ?? ""];
    // A handler that throws is a 500, as Next answers it.
    const response = handler
      ? await handler(await toWebRequest(message, `http://127.0.0.1:${appPort}`), {}).catch(
          () => new Response(null, { status: 500 }),
        )
      : new Response(null, { status: 405 });
    reply.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    reply.end(Buffer.from(await response.arrayBuffer()));
  });
  appPort = await listen(app);
  appUrl = `http://127.0.0.1:${appPort}/api/inngest`;
  runner = new LocalRunner({ databaseUrl: database.url, ...keys, appUrl, onError: console.error });
  const runnerUrl = await runner.start();
  Object.assign(process.env, {
    HOST: "127.0.0.1",
    PORT: String(appPort),
    INNGEST_BASE_URL: runnerUrl,
    INNGEST_SIGNING_KEY: keys.signingKey,
    INNGEST_EVENT_KEY: keys.eventKey,
  });
  delete process.env.INNGEST_DEV;
  delete process.env.INNGEST_SERVE_ORIGIN;
  resetEnvCache();
  handlers = (await import("@/app/api/inngest/route")) as unknown as Record<string, RouteHandler>;
  await runner.sync(appUrl);
});
afterAll(async () => {
  await runner.stop();
  for (const server of [app, trap]) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

describe("the app's Inngest endpoint", () => {
  it("registers its configured URL whatever Host a sync request names, so calls keep coming to the app", async () => {
    expect(await registeredUrl()).toEqual([appUrl]);

    const forged = await send({
      port: appPort,
      method: "PUT",
      path: "/api/inngest",
      host: `127.0.0.1:${trapPort}`,
    });
    expect(forged.status).toBeLessThan(500);
    expect(await registeredUrl()).toEqual([appUrl]);
    const withQuery = await send({
      port: appPort,
      method: "PUT",
      path: "/api/inngest?fnId=elsewhere",
      host: `127.0.0.1:${trapPort}`,
    });
    expect(withQuery.status).toBe(403);
    expect(await registeredUrl()).toEqual([appUrl]);

    const sent = await fetch(`${runner.url}/e/${keys.eventKey}`, {
      method: "POST",
      body: JSON.stringify({ name: "runner/ping.requested", data: { requestedBy: "a@b.c" } }),
    });
    expect(sent.status).toBe(200);
    const deadline = Date.now() + 20_000;
    while (!(await readRunnerHeartbeat()) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await readRunnerHeartbeat()).not.toBeNull();
    expect(trapped).toEqual([]);
  });

  it("answers a malformed JSON body with 400, signed or not, and keeps serving", async () => {
    for (const method of ["POST", "PUT"]) {
      const reply = await send({ port: appPort, method, path: "/api/inngest", body: "{not json" });
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toEqual({ error: "The body is not JSON." });
    }
    const unsigned = await send({
      port: appPort,
      method: "POST",
      path: "/api/inngest",
      body: "{}",
    });
    expect(unsigned.status).toBe(401);
    expect(await registeredUrl()).toEqual([appUrl]);
  });
});
