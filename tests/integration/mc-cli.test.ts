import { mkdir, mkdtemp, readFile, realpath, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { missionRunFunction } from "@/inngest/functions/mission-run";
import { API_ROUTES } from "@/lib/api/openapi/api-routes";
import { getDb } from "@/lib/db";
import { createApiToken } from "@/lib/services/api-tokens/create-api-token";
import { mintSessionToken } from "@/lib/services/mcp/mint-session-token";
import { deliverOutbox } from "@/lib/services/outbox/deliver-outbox";
import { runSubprocess } from "@/lib/subprocess/run-subprocess";
import { apiFeedbackCreatedSchema } from "@/lib/validation/api-v1";
import { createTestActor } from "@/tests/support/create-test-actor";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import { createMissionProject, unitPlan } from "@/tests/support/mission-fixtures";
import { serveApiV1 } from "@/tests/support/serve-api-v1";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// A whole mission runs (scripted agent, git, verification) while `mc` polls: slow on a busy machine.
vi.setConfig({ testTimeout: 300_000 });
const database = setUpMigratedDatabase("mccli");
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const MC = path.join(ROOT, "scripts", "mc", "main.mjs");

let harness: Harness;
let api: Awaited<ReturnType<typeof serveApiV1>>;
let dataDir: string;
let configHome: string;
let operatorToken: string;
let viewerToken: string;
let finishedMissionId: string;
let identityId: string;
let parityProjectId: string;
let pumping = true;
let pump: Promise<void>;

/** `mc` as a user runs it: its own process, its own config dir, only the API's URL. */
async function mc(args: string[], options: { configHome?: string; input?: string } = {}) {
  const result = await runSubprocess(process.execPath, [MC, ...args], {
    cwd: ROOT,
    env: { XDG_CONFIG_HOME: options.configHome ?? configHome },
    input: options.input,
    timeoutMs: 240_000,
  });
  return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

const configFile = (home: string) => path.join(home, "mission-control", "config.json");

beforeAll(async () => {
  dataDir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-cli-")));
  configHome = path.join(dataDir, "config");
  process.env.MC_DATA_DIR = dataDir;
  harness = await startHarness(database.url, (client) => [missionRunFunction(client)]);
  api = await serveApiV1();
  // The app's outbox worker: what the services commit reaches the runner.
  pump = (async () => {
    while (pumping) {
      await deliverOutbox(
        (events: { id: string; name: string; data: unknown }[]) =>
          harness.client.send(events as never),
        new Date(),
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const operator = await createTestActor("operator", "cli-operator@example.com");
  ({ token: operatorToken } = await createApiToken(operator, {
    name: "cli",
    role: "operator",
    expiresInDays: "never",
  }));
  const viewer = await createTestActor("viewer", "cli-viewer@example.com");
  ({ token: viewerToken } = await createApiToken(viewer, {
    name: "cli-viewer",
    role: "viewer",
    expiresInDays: "never",
  }));
});

afterAll(async () => {
  pumping = false;
  await pump;
  await api?.close();
  await harness?.stop();
});

describe("mc against the JSON API", () => {
  it("logs in, starts a mission, follows it to its approval, approves it and sees it finish", async () => {
    const login = await mc(["login", api.url, "--token", operatorToken]);
    expect(login.stderr).toBe("");
    expect(login.code).toBe(0);
    expect(login.stdout).toContain(`Logged in to ${api.url}`);
    const stored = JSON.parse(await readFile(configFile(configHome), "utf8"));
    expect(stored).toEqual({ url: api.url, token: operatorToken });
    expect((await stat(configFile(configHome))).mode & 0o777).toBe(0o600);

    const project = await createMissionProject(dataDir, "cli-project", {
      rounds: [
        {
          plan: [unitPlan("hello")],
          critic: [{ verdict: "sufficient", feedback: "ok" }],
        },
      ],
      units: {
        hello: { behaviour: "ok", edits: [{ path: "hello.txt", content: "hello\n" }] },
      },
    });
    const start = await mc([
      "mission",
      "start",
      "cli-project",
      "Say hello",
      "--workers",
      "1",
      "--max-rounds",
      "1",
      "--profile",
      "scripted",
      "--approval-policy",
      "always",
      "--json",
    ]);
    expect(start.stderr).toBe("");
    expect(start.code).toBe(0);
    const { id: missionId, project: projectName } = JSON.parse(start.stdout);
    expect(projectName).toBe("cli-project");
    const row = await getDb().mission.findUniqueOrThrow({ where: { id: missionId } });
    expect(row).toMatchObject({ projectId: project.id, objective: "Say hello", workers: 1 });

    const follow = await mc([
      "mission",
      "show",
      missionId,
      "--follow",
      "--until",
      "approval",
      "--json",
    ]);
    expect(follow.code).toBe(0);
    const lines = follow.stdout.trim().split("\n");
    const waiting = JSON.parse(lines.at(-1) ?? "");
    expect(waiting.mission.status).toBe("awaiting_approval");
    const approval = waiting.approvals.find((a: { status: string }) => a.status === "pending");
    expect(approval).toMatchObject({ kind: "push" });
    expect(waiting.units).toEqual([expect.objectContaining({ key: "hello" })]);

    const shown = await mc(["mission", "show", missionId]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`Mission ${missionId}  awaiting_approval`);
    expect(shown.stdout).toContain(`Waiting for you: mc approve ${approval.id}`);

    const status = await mc(["status", "--json"]);
    expect(JSON.parse(status.stdout).needsYou).toContainEqual(
      expect.objectContaining({ id: approval.id, missionId }),
    );
    expect((await mc(["status"])).stdout).toContain(`mc approve ${approval.id}`);

    const approve = await mc(["approve", approval.id]);
    expect(approve.stderr).toBe("");
    expect(approve.code).toBe(0);
    expect(approve.stdout).toContain(`Approval ${approval.id} approved.`);

    const toEnd = await mc(["mission", "show", missionId, "--follow"]);
    expect(toEnd.stderr).toBe("");
    expect(toEnd.code).toBe(0);
    // Whether it saw the mission still running depends on the machine's speed; the end does not.
    const lastRender = toEnd.stdout.slice(toEnd.stdout.lastIndexOf(`Mission ${missionId}`));
    expect(lastRender).toMatch(/^Mission \S+ {2}succeeded\n/);
    expect(toEnd.stdout).toContain("Pushed mc/green to origin.");
    expect(toEnd.stdout).toMatch(new RegExp(`${approval.id}\\s+push\\s+approved`));
    const final = JSON.parse((await mc(["mission", "show", missionId, "--json"])).stdout);
    expect(final.approvals).toEqual([
      expect.objectContaining({ id: approval.id, status: "approved", decidedBy: "operator" }),
    ]);

    finishedMissionId = missionId;
    const missions = await mc(["missions", "--json"]);
    expect(JSON.parse(missions.stdout).items).toContainEqual(
      expect.objectContaining({ mission_id: missionId, status: "succeeded", units_merged: 1 }),
    );
    const table = await mc(["missions"]);
    expect(table.stdout).toMatch(new RegExp(`${missionId}\\s+succeeded\\s+cli-project\\s+1/1`));

    const again = await mc(["approve", approval.id]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("This approval was already approved.");
    const cancelled = await mc(["cancel", missionId, "--json"]);
    expect(cancelled.code).toBe(1);
    expect(JSON.parse(cancelled.stderr).error).toContain("already succeeded");
  });

  it("`mission start --follow` follows until `mc cancel` stops the mission, then exits 1", async () => {
    await createMissionProject(dataDir, "cli-cancel", {
      rounds: [{ plan: [unitPlan("bye")], critic: [{ verdict: "sufficient", feedback: "ok" }] }],
      units: { bye: { behaviour: "ok", edits: [{ path: "bye.txt", content: "bye\n" }] } },
    });
    const lines: string[] = [];
    const following = runSubprocess(
      process.execPath,
      [
        MC,
        ...["mission", "start", "cli-cancel", "Say bye", "--workers", "1", "--max-rounds", "1"],
        ...["--profile", "scripted", "--approval-policy", "always", "--follow"],
      ],
      {
        cwd: ROOT,
        env: { XDG_CONFIG_HOME: configHome },
        timeoutMs: 240_000,
        onLine: (_stream, line) => lines.push(line),
      },
    );
    const deadline = Date.now() + 180_000;
    const waitingLine = () =>
      lines.find((line) => /approval needed \(push\)|^Waiting for you: /.test(line));
    while (!waitingLine() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(waitingLine(), lines.join("\n")).toBeDefined();
    const missionId = /^Mission (\S+)/.exec(lines.find((l) => l.startsWith("Mission ")) ?? "")?.[1];
    expect(missionId).toBeDefined();

    const cancel = await mc(["cancel", String(missionId)]);
    expect(cancel.code).toBe(0);
    expect(cancel.stdout).toContain(`Cancel requested for mission ${missionId}`);
    const result = await following;
    expect(result.exitCode).toBe(1);
    expect(lines).toContain("mc: The mission cancelled.");
    expect(lines.some((line) => line.startsWith(`Mission ${missionId}  cancelled`))).toBe(true);
  });

  it("files feedback, searches knowledge and lists sessions, in text and JSON", async () => {
    await getDb().projectWorkspace.create({ data: { name: "cli-feedback", path: "/tmp/cli-fb" } });
    const filed = await mc([
      "feedback",
      "add",
      "cli-feedback",
      "The export drops the last row",
      "--type",
      "bug",
      "--priority",
      "2",
      "--json",
    ]);
    expect(filed.code).toBe(0);
    const created = JSON.parse(filed.stdout);
    const { id } = apiFeedbackCreatedSchema.parse(created);
    expect(await getDb().projectFeedback.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "The export drops the last row",
      type: "bug",
      priority: 2,
      reportedBy: "cli-operator@example.com",
    });
    const unknown = await mc(["feedback", "add", "no-such-project", "Title"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Unknown project "no-such-project"');

    const search = await mc(["knowledge", "search", "zebra crossings", "--json"]);
    expect(search.code).toBe(0);
    expect(JSON.parse(search.stdout)).toMatchObject({ items: [], total: 0 });
    expect((await mc(["knowledge", "search", "zebra"])).stdout).toContain(
      'Nothing matches "zebra"',
    );

    const sessions = await mc(["sessions", "--state", "open", "--json"]);
    expect(sessions.code).toBe(0);
    expect(JSON.parse(sessions.stdout)).toMatchObject({ page: 1, items: expect.any(Array) });
  });

  it("exits 3 for a refused token or a viewer's token, 2 for bad usage", async () => {
    const badHome = path.join(dataDir, "bad-config");
    const bad = await mc(["login", api.url, "--token", "mc_not-a-real-token"], {
      configHome: badHome,
    });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain("This API token is unknown, expired or revoked.");
    await expect(stat(configFile(badHome))).rejects.toThrow();

    await mkdir(path.dirname(configFile(badHome)), { recursive: true });
    await writeFile(configFile(badHome), JSON.stringify({ url: api.url, token: "mc_revoked" }));
    expect((await mc(["status"], { configHome: badHome })).code).toBe(3);
    const notLoggedIn = await mc(["missions"], { configHome: path.join(dataDir, "nobody") });
    expect(notLoggedIn.code).toBe(3);
    expect(notLoggedIn.stderr).toContain("Not logged in");

    const viewerHome = path.join(dataDir, "viewer-config");
    // The token can come on stdin instead of the command line.
    const viewerLogin = await mc(["login", api.url], {
      configHome: viewerHome,
      input: `${viewerToken}\n`,
    });
    expect(viewerLogin.code).toBe(0);
    expect((await mc(["missions"], { configHome: viewerHome })).code).toBe(0);
    const refused = await mc(["cancel", "3f1c2a4e-8b7d-4c6e-9a1f-2b3c4d5e6f70"], {
      configHome: viewerHome,
    });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain("This needs the operator role.");

    const usage = await mc(["mission", "start", "only-a-project"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Give the objective");
    expect((await mc(["mission", "show", "not-an-id"])).code).toBe(2);
    expect((await mc(["missions", "--no-such-flag"])).code).toBe(2);
    expect((await mc(["frobnicate"])).code).toBe(2);
  });

  it("comments and resolves feedback, adds and applies knowledge, sends and reads messages", async () => {
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${api.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${operatorToken}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    };
    const schemaOf = (method: string, path: string) => {
      const route = API_ROUTES.find((r) => r.method === method && r.path === path);
      if (!route) throw new Error(`${method} ${path} is not registered`);
      return route.response.schema;
    };
    const project = await getDb().projectWorkspace.create({
      data: { name: "cli-parity", path: "/tmp/cli-parity" },
    });
    parityProjectId = project.id;
    const filed = await call("POST", "/api/v1/feedback", {
      projectId: project.id,
      type: "change",
      title: "Sort the export",
      priority: 3,
    });
    expect(filed.status).toBe(201);
    const comment = await call("POST", `/api/v1/feedback/${filed.json.id}/comments`, {
      text: "Sorted by date, newest first.",
    });
    expect(comment.status).toBe(201);
    schemaOf("POST", "/api/v1/feedback/{id}/comments").parse(comment.json);
    const resolved = await call("POST", `/api/v1/feedback/${filed.json.id}/status`, {
      status: "resolved",
    });
    expect(resolved).toEqual({ status: 200, json: { id: filed.json.id, status: "resolved" } });
    expect(
      await getDb().projectFeedback.findUniqueOrThrow({ where: { id: filed.json.id } }),
    ).toMatchObject({ status: "resolved" });
    expect(
      (await call("POST", `/api/v1/feedback/${filed.json.id}/status`, { status: "gone" })).status,
    ).toBe(400);
    expect((await call("POST", "/api/v1/feedback/not-an-id/comments", { text: "x" })).status).toBe(
      404,
    );

    const added = await call("POST", "/api/v1/knowledge", {
      title: "Zebra crossings need a pause",
      description: "Wait for the lights before the merge.",
      type: "gotcha",
      category: "cli",
      confidence: 7,
    });
    expect(added.status).toBe(201);
    schemaOf("POST", "/api/v1/knowledge").parse(added.json);
    const applied = await call("POST", `/api/v1/knowledge/${added.json.id}/applied`);
    expect(applied).toEqual({ status: 200, json: { id: added.json.id, timesApplied: 1 } });
    const found = await mc(["knowledge", "search", "zebra"]);
    expect(found.stdout).toContain("Zebra crossings need a pause  [gotcha / cli]");

    const [from, to] = await Promise.all(
      ["cli-sender", "cli-receiver"].map((name) =>
        getDb().identity.create({ data: { name, platform: "test", roleDescription: name } }),
      ),
    );
    identityId = to.id;
    const sent = await call("POST", "/api/v1/messages", {
      fromIdentityId: from.id,
      toIdentityId: to.id,
      type: "question",
      subject: "Which branch?",
      body: "Is mc/green the one to review?",
    });
    expect(sent.status).toBe(201);
    expect(sent.json).toEqual({ id: expect.any(String), to: to.id });
    const inbox = await call("GET", `/api/v1/messages?identityId=${to.id}`);
    expect(inbox.status).toBe(200);
    expect(inbox.json.items).toEqual([
      expect.objectContaining({ id: sent.json.id, messageSubject: "Which branch?" }),
    ]);
  });

  it("closes a session with its fields; a launched agent's token closes its own session only", async () => {
    const [mine, other] = await Promise.all(
      ["a", "b"].map(() =>
        getDb().sessionHistory.create({ data: { projectName: "cli-parity", identityId } }),
      ),
    );
    const { id: userId } = await getDb().user.findUniqueOrThrow({
      where: { email: "cli-operator@example.com" },
    });
    const sessionToken = await mintSessionToken({
      sessionId: mine.id,
      userId,
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    const end = (sessionId: string, body: unknown) =>
      fetch(`${api.url}/api/v1/sessions/${sessionId}/end`, {
        method: "POST",
        headers: { authorization: `Bearer ${sessionToken}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const closing = {
      summary: "Sorted the export.",
      tasksCompleted: ["Sort by date"],
      learnings: ["Dates are UTC"],
    };
    const refused = await end(other.id, closing);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toContain("acts only on its own session");
    expect((await end(mine.id, { summary: "" })).status).toBe(400);
    const closed = await end(mine.id, closing);
    expect(await closed.json()).toEqual({ id: mine.id, closed: true });
    expect(
      await getDb().sessionHistory.findUniqueOrThrow({ where: { id: mine.id } }),
    ).toMatchObject({
      sessionSummary: "Sorted the export.",
      tasksCompleted: ["Sort by date"],
      learningsGained: ["Dates are UTC"],
      challengesEncountered: [],
      sessionEnd: expect.any(Date),
    });
    expect(
      (await getDb().sessionHistory.findUniqueOrThrow({ where: { id: other.id } })).sessionEnd,
    ).toBeNull();
    const again = await end(mine.id, closing);
    expect(again.status).toBe(422);
    expect((await again.json()).error).toBe("This session is already closed.");
  });

  it("answers every GET as the OpenAPI document describes it", async () => {
    expect(finishedMissionId).toBeDefined();
    const gets = API_ROUTES.filter((route) => route.method === "GET");
    expect(gets.length).toBeGreaterThan(5);
    for (const route of gets) {
      const query = route.path === "/api/v1/messages" ? `?identityId=${identityId}` : "";
      const id = route.path.startsWith("/api/v1/projects/") ? parityProjectId : finishedMissionId;
      const path = route.path.replace("{id}", id);
      const response = await fetch(`${api.url}${path}${query}`, {
        headers: { authorization: `Bearer ${operatorToken}` },
      });
      expect(response.status, route.path).toBe(route.response.status);
      const parsed = route.response.schema.safeParse(await response.json());
      expect(parsed.error?.issues ?? [], route.path).toEqual([]);
    }
    const bad = await fetch(`${api.url}/api/v1/sessions?state=sideways`, {
      headers: { authorization: `Bearer ${operatorToken}` },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: "Invalid query string.",
      issues: [{ path: "state", message: "Choose open or closed." }],
    });
  });

  it("`mc missions --watch` prints the list again when it changes, until stopped", async () => {
    const stop = new AbortController();
    const lines: string[] = [];
    const tables = () => lines.filter((line) => line.startsWith("ID ")).length;
    const watching = runSubprocess(
      process.execPath,
      [MC, "missions", "--watch", "--interval", "1"],
      {
        cwd: ROOT,
        env: { XDG_CONFIG_HOME: configHome },
        timeoutMs: 240_000,
        signal: stop.signal,
        onLine: (_stream, line) => lines.push(line),
      },
    );
    const until = async (check: () => boolean) => {
      const deadline = Date.now() + 60_000;
      while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(check(), lines.join("\n")).toBe(true);
    };
    await until(() => tables() === 1);
    await getDb().mission.update({
      where: { id: finishedMissionId },
      data: { objective: "Say hello, watched" },
    });
    await until(() => lines.some((line) => line.includes("Say hello, watched")));
    expect(tables()).toBe(2);
    stop.abort();
    expect((await watching).cancelled).toBe(true);
  });

  it("runs as `npx mc` from the checkout", async () => {
    const result = await runSubprocess("npx", ["--no-install", "mc", "status", "--json"], {
      cwd: ROOT,
      env: { XDG_CONFIG_HOME: configHome },
      timeoutMs: 120_000,
    });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ needsYou: expect.any(Array) });
  });
});
