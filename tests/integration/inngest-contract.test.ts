import { createHash, createHmac } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest, NonRetriableError, version as sdkVersion } from "inngest";
import { serve } from "inngest/node";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashedSigningKey, signBody } from "@/inngest/local-runner/signing";
import { quietLogger, testKeys } from "@/tests/support/inngest-harness";

// Pins the SDK <-> executor wire format the local runner relies on. If `inngest` is upgraded,
// these fail until the runner has been checked against the new version.
const PINNED_SDK = "4.24.0";
const keys = testKeys();
const sha1 = (value: string) => createHash("sha1").update(value).digest("hex");

let registered: { headers: IncomingMessage["headers"]; body: Record<string, unknown> } | undefined;
const executor = createServer((request, response) => {
  let raw = "";
  request.on("data", (chunk) => {
    raw += chunk;
  });
  request.on("end", () => {
    if (request.url?.startsWith("/fn/register"))
      registered = { headers: request.headers, body: JSON.parse(raw) };
    response
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ ok: true, modified: true }));
  });
});

let appUrl = "";
let app: ReturnType<typeof createServer>;

beforeAll(async () => {
  await new Promise<void>((resolve) => executor.listen(0, "127.0.0.1", resolve));
  const client = new Inngest({
    id: "contract",
    baseUrl: `http://127.0.0.1:${(executor.address() as AddressInfo).port}`,
    isDev: false,
    logger: quietLogger,
    internalLogger: quietLogger,
    ...keys,
  });
  const functions = [
    client.createFunction(
      {
        id: "shapes",
        triggers: [{ event: "contract/run" }, { event: "contract/if", if: "event.data.x == 1" }],
        retries: 2,
        concurrency: { limit: 3 },
        cancelOn: [{ event: "contract/stop", match: "data.id" }],
        onFailure: async () => "handled",
      },
      async ({ event, step }) => {
        const mode = (event.data as { mode: string }).mode;
        if (mode === "sleep") await step.sleep("nap", "90s");
        if (mode === "wait")
          await step.waitForEvent("wait", {
            event: "contract/go",
            timeout: "1h",
            if: "async.data.id == event.data.id",
          });
        if (mode === "parallel")
          await Promise.all([step.run("a", () => 1), step.run("b", () => 2)]);
        if (mode === "step") return step.run("only", () => "value");
        if (mode === "step-error")
          await step.run("boom", () => {
            throw new Error("step boom");
          });
        if (mode === "fn-error") throw new Error("fn boom");
        if (mode === "non-retriable") throw new NonRetriableError("never");
        return "done";
      },
    ),
  ];
  app = createServer(serve({ client, functions }));
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/inngest`;
});

afterAll(() => {
  app.closeAllConnections();
  app.close();
  executor.close();
});

function callBody(mode: string, attempt = 0, steps: Record<string, unknown> = {}) {
  const event = {
    name: "contract/run",
    data: { mode, id: "1" },
    id: "evt-1",
    ts: 1_700_000_000_000,
  };
  return {
    version: 2,
    event,
    events: [event],
    steps,
    ctx: {
      run_id: "run-1",
      attempt,
      max_attempts: 3,
      disable_immediate_execution: false,
      use_api: false,
      stack: { stack: Object.keys(steps), current: Object.keys(steps).length },
    },
  };
}

async function call(
  body: unknown,
  signature = signBody(body, keys.signingKey, new Date()),
  stepId = "step",
) {
  const response = await fetch(`${appUrl}?fnId=contract-shapes&stepId=${stepId}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-inngest-signature": signature },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe(`the inngest SDK wire format (pinned to ${PINNED_SDK})`, () => {
  it("is the pinned SDK version", () => {
    expect(sdkVersion).toBe(PINNED_SDK);
  });

  it("syncs by POSTing /fn/register with the hashed signing key and the function configs", async () => {
    const put = await fetch(appUrl, { method: "PUT" });
    expect(put.status).toBe(200);
    expect(registered?.headers.authorization).toBe(`Bearer ${hashedSigningKey(keys.signingKey)}`);
    const body = registered?.body as {
      appName: string;
      url: string;
      functions: Record<string, unknown>[];
    };
    expect(body).toMatchObject({ appName: "contract", url: appUrl });
    const [main, failure] = body.functions;
    expect(main).toMatchObject({
      id: "contract-shapes",
      triggers: [
        { event: "contract/run" },
        { event: "contract/if", expression: "event.data.x == 1" },
      ],
      // retries.attempts is the retry count the user gave: max attempts is this + 1.
      steps: {
        step: {
          runtime: { url: `${appUrl}?fnId=contract-shapes&stepId=step` },
          retries: { attempts: 2 },
        },
      },
      concurrency: { limit: 3 },
      cancel: [{ event: "contract/stop", if: "event.data.id == async.data.id" }],
    });
    expect(failure).toMatchObject({
      id: "contract-shapes-failure",
      triggers: [
        {
          event: "inngest/function.failed",
          expression: "event.data.function_id == 'contract-shapes'",
        },
      ],
    });
  });

  it("carries the sleep duration and the awaited event's name in the op's `name`", async () => {
    const sleep = await call(callBody("sleep"));
    expect(sleep.status).toBe(206);
    expect(JSON.parse(sleep.text)).toMatchObject([
      { op: "Sleep", id: sha1("nap"), name: "1m30s", displayName: "nap" },
    ]);
    const wait = await call(callBody("wait"));
    expect(JSON.parse(wait.text)).toMatchObject([
      {
        op: "WaitForEvent",
        id: sha1("wait"),
        name: "contract/go",
        opts: { timeout: "1h", if: "async.data.id == event.data.id" },
      },
    ]);
  });

  it("plans parallel steps, runs a single step inline, and memoizes by sha1 of the step id", async () => {
    const planned = JSON.parse((await call(callBody("parallel"))).text);
    expect(planned).toMatchObject([
      { op: "StepPlanned", id: sha1("a") },
      { op: "StepPlanned", id: sha1("b") },
    ]);
    const targeted = await call(callBody("parallel"), undefined, sha1("b"));
    expect(JSON.parse(targeted.text)).toMatchObject([{ op: "StepRun", id: sha1("b"), data: 2 }]);
    expect(JSON.parse((await call(callBody("step"))).text)).toMatchObject([
      { op: "StepRun", id: sha1("only"), data: "value" },
    ]);
    const done = await call(callBody("step", 0, { [sha1("only")]: { data: "value" } }));
    expect(done).toMatchObject({ status: 200, text: '"value"' });
  });

  it("answers step and function errors with the documented status codes and headers", async () => {
    const retriable = await call(callBody("step-error", 0));
    expect(retriable.status).toBe(206);
    expect(retriable.headers.get("x-inngest-no-retry")).toBe("false");
    expect(JSON.parse(retriable.text)).toMatchObject([
      { op: "StepError", error: { message: "step boom" } },
    ]);
    const final = await call(callBody("step-error", 2));
    expect(final.headers.get("x-inngest-no-retry")).toBe("true");
    expect(JSON.parse(final.text)).toMatchObject([
      { op: "StepFailed", error: { message: "step boom" } },
    ]);

    const fnError = await call(callBody("fn-error", 0));
    expect(fnError.status).toBe(500);
    expect(fnError.headers.get("x-inngest-no-retry")).toBe("false");
    expect(JSON.parse(fnError.text)).toMatchObject({ name: "Error", message: "fn boom" });
    const nonRetriable = await call(callBody("non-retriable", 0));
    expect(nonRetriable.status).toBe(400);
    expect(nonRetriable.headers.get("x-inngest-no-retry")).toBe("true");
  });

  it("checks an HMAC over canonical JSON plus the timestamp, and signs its answer the same way", async () => {
    const body = callBody("step");
    // Key order on the wire does not matter: the signature covers the canonical form.
    const reordered = {
      ctx: body.ctx,
      steps: body.steps,
      events: body.events,
      event: body.event,
      version: body.version,
    };
    const ok = await call(reordered, signBody(body, keys.signingKey, new Date()));
    expect(ok.status).toBe(206);
    expect(ok.headers.get("x-inngest-req-version")).toBe("2");
    expect(ok.headers.get("x-inngest-sdk")).toBe(`inngest-js:v${PINNED_SDK}`);
    const [t, s] = (ok.headers.get("x-inngest-signature") ?? "")
      .split("&")
      .map((part) => part.split("=")[1]);
    const key = keys.signingKey.replace(/^signkey-\w+-/, "");
    expect(s).toBe(createHmac("sha256", key).update(`${ok.text}${t}`).digest("hex"));

    expect(
      (
        await call(
          { ...body, steps: { x: { data: 1 } } },
          signBody(body, keys.signingKey, new Date()),
        )
      ).status,
    ).toBe(401);
    expect(
      (await call(body, signBody(body, keys.signingKey, new Date(Date.now() - 6 * 60_000)))).status,
    ).toBe(401);
  });
});
