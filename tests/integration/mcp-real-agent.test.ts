import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { getDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { launchSession } from "@/lib/services/launcher/launch-session";
import { serveMcpRoute } from "@/tests/integration/mcp-serve";
import { createTestActor } from "@/tests/support/create-test-actor";
import { createMissionProject } from "@/tests/support/mission-fixtures";
import { type RealAgentHost, startRealAgentHost } from "@/tests/support/real-agent-host";
import { realCliProfile } from "@/tests/support/real-agents";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// The real Claude Code binary talks to the scripted model and to the app's MCP server.
vi.setConfig({ testTimeout: 300_000 });
const database = setUpMigratedDatabase("mcpagent");
let host: RealAgentHost;
let mcp: Awaited<ReturnType<typeof serveMcpRoute>>;

beforeAll(async () => {
  mcp = await serveMcpRoute();
  process.env.MC_APP_URL = mcp.url.replace(/\/api\/mcp$/, "");
  resetEnvCache();
  host = await startRealAgentHost(database.url, "mcpagent", (server) => [
    realCliProfile("claude-code", server),
  ]);
});
afterAll(async () => {
  await host?.stop();
  await mcp?.close();
});

describe("a launched Claude Code session over MCP", () => {
  it("records its own session end through mcp__mission-control__record_session_end", async () => {
    const project = await createMissionProject(host.dataDir, "mcp-agent", {});
    const operator = await createTestActor("operator", "mcp-launcher@example.com");
    const identity = await getDb().identity.create({
      data: { name: "mcp-agent-identity", platform: "claude-code", roleDescription: "test" },
    });
    await upsertSetting("agent.default_profile", "claude-code");
    const { sessionId } = await launchSession(operator, {
      projectId: project.id,
      identityId: identity.id,
      acknowledged: true,
    });
    host.server.setScript({
      conversations: [
        {
          match: "# Launch context: mcp-agent",
          turns: [
            {
              tools: [
                {
                  kind: "raw",
                  name: "mcp__mission-control__record_session_end",
                  input: {
                    sessionId,
                    summary: "Read the project and closed the session over MCP.",
                    tasksCompleted: ["Read README.md", "Closed the session"],
                    learnings: ["Mission Control has an MCP server"],
                    challenges: ["None worth noting"],
                  },
                },
              ],
              usage: { input: 900, output: 40 },
            },
            { text: "Session recorded.", usage: { input: 1000, output: 20 } },
          ],
        },
      ],
    });
    await host.sendOutbox();
    await host.harness.settled("session-launch", 1, 120_000);

    const launch = await getDb().sessionLaunch.findUniqueOrThrow({ where: { sessionId } });
    expect(launch).toMatchObject({ status: "succeeded", outcome: "Session recorded." });
    const session = await getDb().sessionHistory.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.sessionEnd).not.toBeNull();
    expect(session).toMatchObject({
      sessionSummary: "Read the project and closed the session over MCP.",
      tasksCompleted: ["Read README.md", "Closed the session"],
      learningsGained: ["Mission Control has an MCP server"],
      challengesEncountered: ["None worth noting"],
    });

    // The agent was told to close its session with the tool, and saw the tool's answer.
    expect(JSON.stringify(host.server.requests[0]?.body)).toContain(
      `close this session (${sessionId}) with its`,
    );
    const answered = host.server.requests.at(-1)?.body as { messages: { content: unknown }[] };
    expect(JSON.stringify(answered.messages.at(-1)?.content)).toContain('\\"closed\\": true');
    const call = await getDb().auditLog.findFirstOrThrow({
      where: { operation: "mcp.tool_called" },
    });
    expect(call.details).toMatchObject({
      via: "mcp",
      tool: "record_session_end",
      outcome: "ok",
      actor: "mcp-launcher@example.com",
    });
    expect(
      await getDb().auditLog.count({ where: { operation: "close_session", targetId: sessionId } }),
    ).toBe(1);

    // The session's token lived only as long as the launch.
    const tokens = await getDb().$queryRaw<{ revoked_at: Date | null; role: string }[]>`
      SELECT t.revoked_at, t.role FROM claude_mission_control.api_tokens t
        JOIN claude_mission_control.session_api_tokens s ON s.token_id = t.token_id
       WHERE s.session_id = ${sessionId}::uuid`;
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.role).toBe("operator");
    expect(tokens[0]?.revoked_at).not.toBeNull();
  });
});
