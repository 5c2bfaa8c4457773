import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createApiToken } from "@/lib/services/api-tokens/create-api-token";
import { serveMcpRoute } from "@/tests/integration/mcp-serve";
import { createTestActor } from "@/tests/support/create-test-actor";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("mcptools");
let mcp: Awaited<ReturnType<typeof serveMcpRoute>>;
let client: Client;

async function call(name: string, args: Record<string, unknown> = {}) {
  const result = (await client.callTool({ name, arguments: args })) as {
    isError?: boolean;
    content: { text?: string }[];
  };
  const text = result.content.map((part) => part.text ?? "").join("");
  if (result.isError) throw new Error(`${name}: ${text}`);
  return JSON.parse(text);
}

beforeAll(async () => {
  expect(database.url).not.toBe("");
  mcp = await serveMcpRoute();
  const user = await createTestActor("operator", "mcp-tools@example.com");
  const { token } = await createApiToken(user, {
    name: "tools",
    role: "operator",
    expiresInDays: "1",
  });
  client = new Client({ name: "mcp-tools-test", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(mcp.url), {
      requestInit: { headers: { Authorization: `Bearer ${token}` } },
    }),
  );
});
afterAll(async () => {
  await client?.close();
  await mcp?.close();
});

describe("the MCP tools for sessions, feedback, knowledge and messages", () => {
  it("open and close a session, file and work a feedback item, share knowledge and send messages", async () => {
    const project = await getDb().projectWorkspace.create({
      data: { name: "mcp-tools", path: "/tmp/mcp-tools" },
    });
    const [alice, bob] = await Promise.all(
      ["alice", "bob"].map((name) =>
        getDb().identity.create({ data: { name, platform: "claude-code", roleDescription: "t" } }),
      ),
    );
    if (!alice || !bob) throw new Error("identities");

    const { sessionId } = await call("record_session_start", {
      project: "mcp-tools",
      identityId: alice.id,
    });
    const context = await call("get_project_context", { project: "mcp-tools", sessionId });
    expect(context.unclosedSessions.map((s: { id: string }) => s.id)).toContain(sessionId);
    await call("record_session_end", {
      sessionId,
      summary: "Tried every tool.",
      tasksCompleted: ["feedback", "knowledge"],
    });
    expect(
      await getDb().sessionHistory.findUniqueOrThrow({ where: { id: sessionId } }),
    ).toMatchObject({
      sessionSummary: "Tried every tool.",
      tasksCompleted: ["feedback", "knowledge"],
    });

    const feedback = await call("create_feedback", {
      project: project.id,
      type: "bug",
      title: "The button is blue",
      priority: 2,
    });
    await call("comment_feedback", { feedbackId: feedback.id, text: "It should be green." });
    await call("update_feedback_status", { feedbackId: feedback.id, status: "resolved" });
    const stored = await getDb().projectFeedback.findUniqueOrThrow({
      where: { id: feedback.id },
      include: { comments: true },
    });
    expect(stored).toMatchObject({
      title: "The button is blue",
      status: "resolved",
      reportedBy: "mcp-tools@example.com",
    });
    expect(stored.comments.map((c) => c.commentText)).toEqual(["It should be green."]);

    const knowledge = await call("add_knowledge", {
      title: "Stateless MCP servers",
      description: "A new server per request keeps the actor of each token apart.",
      type: "pattern",
      category: "mcp",
      confidence: 8,
      createdByIdentityId: alice.id,
    });
    const found = await call("search_knowledge", { query: "stateless" });
    expect(found.items.map((k: { knowledge_id: string }) => k.knowledge_id)).toEqual([
      knowledge.id,
    ]);
    expect(await call("mark_knowledge_applied", { knowledgeId: knowledge.id })).toMatchObject({
      timesApplied: 1,
    });

    await call("send_message", {
      fromIdentityId: alice.id,
      toIdentityId: bob.id,
      type: "question",
      subject: "Green?",
      body: "Is green right?",
    });
    expect(
      await call("send_message", {
        fromIdentityId: bob.id,
        type: "notification",
        subject: "To everyone",
        body: "Broadcast.",
      }),
    ).toMatchObject({ to: "broadcast" });
    const bobInbox = await call("read_inbox", { identityId: bob.id });
    expect(bobInbox.items.map((m: { messageSubject: string }) => m.messageSubject).sort()).toEqual([
      "Green?",
      "To everyone",
    ]);
    const aliceInbox = await call("read_inbox", { identityId: alice.id });
    expect(aliceInbox.items.map((m: { messageSubject: string }) => m.messageSubject)).toEqual([
      "To everyone",
    ]);

    const tools = await getDb().auditLog.findMany({ where: { operation: "mcp.tool_called" } });
    expect(new Set(tools.map((row) => (row.details as { tool: string }).tool))).toEqual(
      new Set([
        "record_session_start",
        "get_project_context",
        "record_session_end",
        "create_feedback",
        "comment_feedback",
        "update_feedback_status",
        "add_knowledge",
        "search_knowledge",
        "mark_knowledge_applied",
        "send_message",
        "read_inbox",
      ]),
    );
    expect(await call("list_missions")).toMatchObject({ items: [], total: 0 });
  });
});
