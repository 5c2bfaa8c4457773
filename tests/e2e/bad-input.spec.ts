// The bad-input suite: every server action and API route of the built app, found in the code,
// gets hostile and clumsy input over real HTTP; none may answer 5xx or change a row.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import {
  A_ROW_ID,
  BAD_PATH_VALUES,
  badActionCalls,
  badJsonBodies,
  badQueries,
  formOf,
} from "@/tests/support/bad-input/bad-calls";
import { inputNames } from "@/tests/support/bad-input/input-names";
import { OWN_ADMIN, startOwnApp } from "@/tests/support/bad-input/own-app";
import { actionResult, ProbeClient } from "@/tests/support/bad-input/probe-client";
import { shippedRouteHandlers } from "@/tests/support/bad-input/route-handlers";
import {
  builtServerActions,
  encodeActionCall,
  type ServerAction,
} from "@/tests/support/bad-input/server-actions";
import { changedTables, tableSnapshot } from "@/tests/support/bad-input/table-snapshot";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
// Run last, with no check of rows: a call of an action with no input is a valid one (it starts
// the demo mission, queues a ping), and signing in and out may be recorded.
const LAST_ACTIONS = [
  "startDemoMissionAction",
  "pingRunnerAction",
  "signInAction",
  "signOutAction",
];
// Logs that record refused calls by design: the MCP call log and the webhook delivery log.
const CALL_LOGS: Record<string, string[]> = {
  "/api/mcp": ["claude_mission_control.audit_log"],
  "/api/webhooks/github": ["claude_mission_control.webhook_deliveries"],
  "/api/webhooks/missions": ["claude_mission_control.webhook_deliveries"],
};

test.describe.configure({ mode: "serial" });
test.setTimeout(600_000);

let app: Awaited<ReturnType<typeof startOwnApp>>;
let probe: ProbeClient;
let actions: ServerAction[];
let names: string[];
let cookie: string;
let token: string;
const encode = (args: unknown[]) => encodeActionCall(ROOT, args);
const action = (name: string) => {
  const found = actions.find((a) => a.name === name);
  if (!found) throw new Error(`No server action ${name} in the build.`);
  return found;
};

async function signIn(email: string, password: string) {
  const form = formOf([
    ["email", email],
    ["password", password],
    ["callbackUrl", "/"],
  ]);
  const response = await fetch(`${app.url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "next-action": action("signInAction").id, accept: "text/x-component" },
    body: await encode([{}, form]),
  });
  await response.text();
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`Signing in as ${email} failed (${response.status}).`);
  return session;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await startOwnApp(ROOT);
  probe = new ProbeClient(app.url);
  actions = await builtServerActions(ROOT);
  names = await inputNames(ROOT);
  cookie = await signIn(OWN_ADMIN.email, OWN_ADMIN.password);
  const created = await probe.callAction(
    "(makes the suite's API token)",
    action("createApiTokenAction"),
    await encode([
      {},
      formOf([
        ["name", "bad-input suite"],
        ["role", "admin"],
        ["expiresInDays", "1"],
      ]),
    ]),
    cookie,
  );
  token = String((actionResult(created)?.values as Record<string, string> | undefined)?.token);
  expect(token, created.text.slice(0, 300)).toMatch(/^mc_/);
  // A token's first use of the hour is audited: make it before any snapshot.
  await probe.send("(first use of the token)", "/api/v1/status", {
    headers: { authorization: `Bearer ${token}` },
  });
});

test.afterAll(async () => {
  console.log(
    `bad-input suite: ${probe?.requests ?? 0} requests sent, ${probe?.serverErrors ?? 0} 5xx seen`,
  );
  await app?.stop();
});

/** Runs the probes of one action or route and fails with what answered 5xx or changed a row. */
async function expectHarmless(what: string, run: () => Promise<void>, logs: string[] = []) {
  const before = await tableSnapshot(app.databaseUrl);
  const problemsBefore = probe.problems.length;
  await run();
  const changed = changedTables(before, await tableSnapshot(app.databaseUrl)).filter(
    (change) => !logs.some((log) => change.startsWith(`${log}:`)),
  );
  return {
    what,
    problems: probe.problems.slice(problemsBefore),
    changed,
  };
}

test("the suite finds every server action and API route in the code", async () => {
  const files = new Set(actions.map((a) => a.file));
  for (const file of ["app/(app)/procedures/actions.ts", "app/login/actions.ts"])
    expect(files).toContain(file);
  expect(actions.length).toBeGreaterThan(40);
  const routes = await shippedRouteHandlers(ROOT);
  expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
    expect.arrayContaining(["POST /api/v1/missions", "PUT /api/inngest", "POST /api/mcp"]),
  );
});

test("every server action refuses bad calls without a 5xx, a thrown error or a changed row", async () => {
  const results = [];
  for (const target of actions.filter((a) => !LAST_ACTIONS.includes(a.name))) {
    const result = await expectHarmless(target.name, async () => {
      for (const [label, body] of Object.entries(badActionCalls(names, encode)))
        await probe.callAction(label, target, await body(), cookie);
      await probe.callAction("signed out", target, await encode([{}, formOf([])]));
    });
    results.push(result);
  }
  expect(results.filter((r) => r.problems.length || r.changed.length)).toEqual([]);
});

test("every API route refuses bad input without a 5xx or a changed row", async () => {
  const results = [];
  const bearer = { authorization: `Bearer ${token}` };
  for (const route of await shippedRouteHandlers(ROOT)) {
    const at = (value: string) =>
      route.path.replace(/\[(?:\.\.\.)?\w+\]/g, route.params.length ? value : "");
    const label = (what: string) => `${route.method} ${route.path} ${what}`;
    const result = await expectHarmless(
      `${route.method} ${route.path}`,
      async () => {
        await probe.send(label("signed out"), at(A_ROW_ID), { method: route.method });
        if (route.params.length)
          for (const [what, value] of Object.entries(BAD_PATH_VALUES))
            await probe.send(label(what), at(value), { method: route.method, headers: bearer });
        if (route.method === "GET") {
          for (const [what, query] of Object.entries(badQueries(names)))
            await probe.send(label(what), `${at(A_ROW_ID)}${query}`, { headers: bearer });
          return;
        }
        for (const [what, body] of Object.entries(badJsonBodies(names))) {
          const init = { method: route.method, body: body || undefined };
          const json = { "content-type": "application/json" };
          await probe.send(label(`${what} (token)`), at(A_ROW_ID), {
            ...init,
            headers: { ...bearer, ...json },
          });
          await probe.send(label(`${what} (session)`), at(A_ROW_ID), {
            ...init,
            headers: { cookie, origin: app.url, ...json },
          });
        }
        await probe.send(label("a form post on the session"), at(A_ROW_ID), {
          method: route.method,
          headers: { cookie },
          body: formOf(names.map((n) => [n, "a\u0000b"])),
        });
      },
      CALL_LOGS[route.path],
    );
    results.push(result);
  }
  expect(results.filter((r) => r.problems.length || r.changed.length)).toEqual([]);
});

test("every MCP tool refuses NUL bytes, long text and wrong types without a 5xx or a change", async () => {
  const rpc = (method: string, params: unknown) =>
    probe.send(`MCP ${method} ${JSON.stringify(params).slice(0, 60)}`, "/api/mcp", {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
  const listed = JSON.parse((await rpc("tools/list", {})).text) as {
    result: { tools: { name: string; inputSchema: { properties?: Record<string, unknown> } }[] };
  };
  const result = await expectHarmless(
    "MCP tools",
    async () => {
      for (const tool of listed.result.tools) {
        const keys = Object.keys(tool.inputSchema.properties ?? {});
        const all = (value: unknown) => Object.fromEntries(keys.map((key) => [key, value]));
        for (const args of [{}, all("a\u0000b"), all("x".repeat(2_500)), all(-1), all(["x"])])
          await rpc("tools/call", { name: tool.name, arguments: args });
      }
    },
    CALL_LOGS["/api/mcp"],
  );
  expect(listed.result.tools.length).toBeGreaterThan(10);
  expect(result).toMatchObject({ problems: [], changed: [] });
});

test("an edit with a malformed or unknown id is refused and writes nothing", async () => {
  const projects = path.join(app.dataDir, "projects", "bad-id-probe");
  await mkdir(projects, { recursive: true });
  const edits: [string, [string, string][], string][] = [
    [
      "saveProcedureAction",
      [
        ["name", "Bad id probe"],
        ["appliesTo", "all"],
      ],
      "Unknown procedure.",
    ],
    [
      "saveProjectAction",
      [
        ["name", "bad-id-probe"],
        ["path", projects],
      ],
      "Unknown project.",
    ],
    [
      "saveChannelAction",
      [
        ["name", "Bad id probe"],
        ["kind", "webhook"],
        ["url", "http://127.0.0.1:9/hook"],
        ["event_mission_finished", "on"],
      ],
      "Unknown channel.",
    ],
  ];
  const idField = { saveChannelAction: "channelId" } as Record<string, string>;
  const result = await expectHarmless("edits with bad ids", async () => {
    for (const [name, fields, refusal] of edits)
      for (const id of ["not-a-uuid", A_ROW_ID, " ", "../1"]) {
        const answer = await probe.callAction(
          `with id ${JSON.stringify(id)}`,
          action(name),
          await encode([{}, formOf([...fields, [idField[name] ?? "id", id]])]),
          cookie,
        );
        expect(actionResult(answer), `${name} with id ${id}`).toMatchObject({
          fieldErrors: { form: refusal },
        });
      }
  });
  expect(result).toMatchObject({ problems: [], changed: [] });
});

test("concurrent duplicate creates: one is made, every other caller is told, none gets a 5xx", async () => {
  const projectDir = path.join(app.dataDir, "projects", "twin-project");
  await mkdir(projectDir, { recursive: true });
  const creates: [string, [string, string][]][] = [
    [
      "createUserAction",
      [
        ["email", "twin@bad-input.test"],
        ["name", "Twin"],
        ["password", "twin-password-123"],
        ["role", "viewer"],
      ],
    ],
    [
      "saveProjectAction",
      [
        ["name", "twin-project"],
        ["path", projectDir],
      ],
    ],
    [
      "addRawSettingAction",
      [
        ["key", "twin.setting"],
        ["value", '"x"'],
      ],
    ],
  ];
  const problemsBefore = probe.problems.length;
  for (const [name, fields] of creates) {
    const answers = await Promise.all(
      Array.from({ length: 3 }, async () =>
        probe.callAction(
          "concurrent duplicate",
          action(name),
          await encode([{}, formOf(fields)]),
          cookie,
        ),
      ),
    );
    const refused = answers.filter((a) => actionResult(a)?.fieldErrors);
    expect(refused.length, `${name}: all but one refused`).toBe(2);
  }
  expect(probe.problems.slice(problemsBefore)).toEqual([]);
});

test("the actions with no input, sign-in and sign-out answer bad calls without a 5xx", async () => {
  const problemsBefore = probe.problems.length;
  for (const target of actions.filter((a) => LAST_ACTIONS.includes(a.name))) {
    const own = await signIn(OWN_ADMIN.email, OWN_ADMIN.password);
    for (const [label, body] of Object.entries(badActionCalls(names, encode)))
      await probe.callAction(label, target, await body(), own);
  }
  expect(probe.problems.slice(problemsBefore)).toEqual([]);
});
