import { mkdtemp, realpath } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { missionRunFunction } from "@/inngest/functions/mission-run";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import { createApiToken } from "@/lib/services/api-tokens/create-api-token";
import { mintSessionToken } from "@/lib/services/mcp/mint-session-token";
import { revokeSessionTokens } from "@/lib/services/mcp/revoke-session-tokens";
import { deliverOutbox } from "@/lib/services/outbox/deliver-outbox";
import { serveMcpRoute } from "@/tests/integration/mcp-serve";
import { createTestActor } from "@/tests/support/create-test-actor";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import { createMissionProject, unitPlan, waitFor } from "@/tests/support/mission-fixtures";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// A whole mission runs the scripted agent, git and verification: slow when the machine is busy.
vi.setConfig({ testTimeout: 300_000 });
const database = setUpMigratedDatabase("mcpserver");
let harness: Harness;
let mcp: Awaited<ReturnType<typeof serveMcpRoute>>;
let dataDir: string;
const clients: Client[] = [];

const oneUnit = (key: string) => ({
  rounds: [{ plan: [unitPlan(key)], critic: [{ verdict: "sufficient", feedback: "ok" }] }],
  units: { [key]: { behaviour: "ok", edits: [{ path: `${key}.txt`, content: "a\nb\nc\n" }] } },
});

async function connect(role: Role) {
  const user = await createTestActor(role, `mcp-${role}-${clients.length}@example.com`);
  const { token } = await createApiToken(user, { name: `mcp ${role}`, role, expiresInDays: "1" });
  return connectWith(token);
}

async function connectWith(token: string) {
  const client = new Client({ name: "mcp-test", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(mcp.url), {
      requestInit: { headers: { Authorization: `Bearer ${token}` } },
    }),
  );
  clients.push(client);
  return client;
}

type ToolResult = { isError?: boolean; content: { type: string; text?: string }[] };

async function call(client: Client, name: string, args: Record<string, unknown> = {}) {
  const result = (await client.callTool({ name, arguments: args })) as ToolResult;
  const text = result.content.map((part) => part.text ?? "").join("");
  return { isError: result.isError === true, text, json: () => JSON.parse(text) };
}

const textOf = (contents: ({ text: string } | { blob: string })[]) =>
  contents.map((content) => ("text" in content ? content.text : "")).join("");

type MissionState = {
  status: string;
  finished: boolean;
  resultSummary: string | null;
  approvals: { id: string; kind: string; status: string }[];
};

/** Polls get_mission through MCP, delivering the app's outbox to the runner meanwhile. */
function missionUntil(client: Client, missionId: string, done: (m: MissionState) => boolean) {
  return waitFor(async () => {
    await deliverOutbox((events) => harness.client.send(events as never), new Date());
    const result = await call(client, "get_mission", { missionId });
    expect(result.isError).toBe(false);
    const mission = result.json() as MissionState;
    return done(mission) ? mission : null;
  });
}

const counts = async () => ({
  missions: await getDb().mission.count(),
  decided: await getDb().approval.count({ where: { status: { not: "pending" } } }),
  feedback: await getDb().projectFeedback.count(),
});

beforeAll(async () => {
  dataDir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-mcpserver-")));
  process.env.MC_DATA_DIR = dataDir;
  harness = await startHarness(database.url, (client) => [missionRunFunction(client)]);
  mcp = await serveMcpRoute();
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await mcp.close();
  await harness.stop();
});

describe("the MCP server at /api/mcp", () => {
  it("refuses a request without a valid token", async () => {
    const client = new Client({ name: "mcp-test", version: "1.0.0" });
    await expect(
      client.connect(
        new StreamableHTTPClientTransport(new URL(mcp.url), {
          requestInit: { headers: { Authorization: "Bearer mc_not-a-token" } },
        }),
      ),
    ).rejects.toThrow(/401|unknown, expired or revoked/);
  });

  it("lists its tools and drives a mission from start through the push approval to the end", async () => {
    const operator = await connect("operator");
    const viewer = await connect("viewer");
    const { tools } = await operator.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(
      [
        "add_knowledge",
        "cancel_mission",
        "comment_feedback",
        "create_feedback",
        "decide_approval",
        "get_mission",
        "get_project_context",
        "list_missions",
        "list_projects",
        "mark_knowledge_applied",
        "read_inbox",
        "record_session_end",
        "record_session_start",
        "search_knowledge",
        "send_message",
        "start_mission",
        "update_feedback_status",
      ].sort(),
    );
    expect(tools.find((tool) => tool.name === "decide_approval")?.inputSchema.required).toEqual(
      expect.arrayContaining(["approvalId", "decision"]),
    );

    const project = await createMissionProject(dataDir, "mcp-demo", oneUnit("one"));
    const projects = await call(viewer, "list_projects");
    expect(projects.json().projects.map((p: { name: string }) => p.name)).toContain("mcp-demo");

    const started = await call(operator, "start_mission", {
      project: "mcp-demo",
      objective: "Add one.txt",
      agentProfileId: "scripted",
      approvalPolicy: "always",
      workers: 1,
    });
    expect(started.isError, started.text).toBe(false);
    const missionId = started.json().id as string;

    const waiting = await missionUntil(operator, missionId, (m) =>
      m.approvals.some((a) => a.kind === "push" && a.status === "pending"),
    );
    expect(waiting.status).toBe("awaiting_approval");
    const push = waiting.approvals.find((a) => a.kind === "push");
    if (!push) throw new Error("no push approval");

    const before = await counts();
    const refused = await call(viewer, "decide_approval", {
      approvalId: push.id,
      decision: "approved",
    });
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain("operator role");
    expect(await counts()).toEqual(before);

    const decided = await call(operator, "decide_approval", {
      approvalId: push.id,
      decision: "approved",
    });
    expect(decided.isError, decided.text).toBe(false);

    const finished = await missionUntil(operator, missionId, (m) => m.finished);
    expect(finished.status).toBe("succeeded");
    expect(finished.approvals.find((a) => a.id === push.id)?.status).toBe("approved");
    expect(await git(project.remote, ["rev-parse", "--verify", "mc/green"])).toMatch(
      /^[0-9a-f]{40}/,
    );

    const resource = await viewer.readResource({ uri: `mission://${missionId}/summary` });
    expect(JSON.parse(textOf(resource.contents)).status).toBe("succeeded");

    const audited = await getDb().auditLog.findMany({
      where: { operation: "mcp.tool_called" },
      orderBy: { id: "asc" },
    });
    const startCall = audited.find(
      (row) => (row.details as { tool?: string }).tool === "start_mission",
    );
    expect(startCall?.details).toMatchObject({
      via: "mcp",
      outcome: "ok",
      arguments: { project: "mcp-demo", objective: "Add one.txt" },
    });
    expect(
      audited.some(
        (row) =>
          (row.details as { tool?: string; outcome?: string }).tool === "decide_approval" &&
          (row.details as { outcome?: string }).outcome === "refused",
      ),
    ).toBe(true);
    expect(
      await getDb().auditLog.count({ where: { operation: "create_mission", targetId: missionId } }),
    ).toBe(1);
  });

  it("a viewer's token reads but cannot start a mission", async () => {
    const viewer = await connect("viewer");
    await createMissionProject(dataDir, "mcp-viewer", oneUnit("two"));
    const before = await counts();
    const refused = await call(viewer, "start_mission", {
      project: "mcp-viewer",
      objective: "Should not start",
    });
    expect(refused.isError).toBe(true);
    expect(refused.text).toMatch(/needs the operator role/);
    expect(await counts()).toEqual(before);
    const context = await call(viewer, "get_project_context", { project: "mcp-viewer" });
    expect(context.isError).toBe(false);
    expect(context.json().markdown).toContain("# Launch context: mcp-viewer");
    const checklist = await viewer.readResource({ uri: "project://mcp-viewer/checklist" });
    expect(textOf(checklist.contents)).toContain("# Checklist for mcp-viewer");
  });

  it("bad arguments come back as MCP errors and write nothing", async () => {
    const operator = await connect("operator");
    const before = await counts();
    const missing = await call(operator, "start_mission", { project: "mcp-demo" });
    expect(missing.isError).toBe(true);
    expect(missing.text).toMatch(/Input validation error.*objective/s);
    const wrongType = await call(operator, "start_mission", {
      project: "mcp-demo",
      objective: "x",
      workers: "many",
    });
    expect(wrongType.isError).toBe(true);
    expect(wrongType.text).toMatch(/workers/);
    const unknown = await call(operator, "start_mission", { project: "nowhere", objective: "x" });
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toContain('Unknown project "nowhere"');
    const tooMany = await call(operator, "start_mission", {
      project: "mcp-demo",
      objective: "x",
      workers: 99,
    });
    expect(tooMany.isError).toBe(true);
    expect(tooMany.text).toMatch(/^workers: /);
    const badApproval = await call(operator, "decide_approval", {
      approvalId: "not-an-id",
      decision: "maybe",
    });
    expect(badApproval.isError).toBe(true);
    expect(badApproval.text).toMatch(/approvalId/);
    const badFeedback = await call(operator, "create_feedback", {
      project: "mcp-demo",
      type: "rant",
      title: "",
    });
    expect(badFeedback.isError).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it("a launched session's token closes its own session only, and stops working once revoked", async () => {
    const user = await createTestActor("operator", "session-owner@example.com");
    const identity = await getDb().identity.create({
      data: { name: "mcp-session-identity", platform: "claude-code", roleDescription: "test" },
    });
    const open = (name: string) =>
      getDb().sessionHistory.create({
        data: { identityId: identity.id, projectName: name, sessionStart: new Date() },
      });
    const own = await open("mcp-own");
    const other = await open("mcp-other");
    const token = await mintSessionToken({
      sessionId: own.id,
      userId: user.userId,
      expiresAt: new Date(Date.now() + 60_000),
    });
    const agent = await connectWith(token);
    const closing = { summary: "Done.", tasksCompleted: ["one"], learnings: [], challenges: [] };
    const refused = await call(agent, "record_session_end", { ...closing, sessionId: other.id });
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain("only on its own session");
    const untouched = await getDb().sessionHistory.findUniqueOrThrow({ where: { id: other.id } });
    expect(untouched.sessionEnd).toBeNull();

    const closed = await call(agent, "record_session_end", { ...closing, sessionId: own.id });
    expect(closed.isError, closed.text).toBe(false);
    const again = await call(agent, "record_session_end", { ...closing, sessionId: own.id });
    expect(again.isError).toBe(true);
    expect(again.text).toContain("already closed");
    expect(await getDb().sessionHistory.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject(
      { sessionSummary: "Done.", tasksCompleted: ["one"] },
    );

    // An agent never answers for a person: its token cannot start, cancel or approve missions.
    const project = await getDb().projectWorkspace.create({
      data: { name: "mcp-agent-project", path: "/tmp" },
    });
    const missionsBefore = await getDb().mission.count();
    const start = await call(agent, "start_mission", {
      project: project.name,
      objective: "Approve myself",
    });
    expect(start.isError).toBe(true);
    expect(start.text).toContain("a person does");
    const approve = await call(agent, "decide_approval", {
      approvalId: "00000000-0000-4000-8000-000000000000",
      decision: "approved",
    });
    expect(approve.isError).toBe(true);
    expect(approve.text).toContain("a person does");
    expect(await getDb().mission.count()).toBe(missionsBefore);

    expect(await revokeSessionTokens(own.id)).toBe(1);
    await expect(connectWith(token)).rejects.toThrow(/401|unknown, expired or revoked/);
  });
});
