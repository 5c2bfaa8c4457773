import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import { decideApproval } from "@/lib/services/missions/decide-approval";
import { createTestActor } from "@/tests/support/create-test-actor";
import {
  createMission,
  createMissionProject,
  finishedMission,
  functionWaits,
  startMission,
  unitsByKey,
  waitFor,
} from "@/tests/support/mission-fixtures";
import { type RealAgentHost, startRealAgentHost } from "@/tests/support/real-agent-host";
import {
  committingWorker,
  fetchingWorker,
  forgetfulWorker,
  missionModelScript,
  realCliProfile,
  refusedWorker,
  reportedUsage,
  slowWorker,
} from "@/tests/support/real-agents";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// The real Claude Code binary runs every role; only the model is the scripted server.
vi.setConfig({ testTimeout: 300_000 });
const database = setUpMigratedDatabase("realclaude");
let host: RealAgentHost;

beforeAll(async () => {
  host = await startRealAgentHost(database.url, "realclaude", (server) => [
    realCliProfile("claude-code", server),
    realCliProfile("claude-code", server, {
      id: "claude-quick",
      name: "Claude (30 s)",
      timeoutSeconds: 30,
    }),
  ]);
});
afterAll(() => host?.stop());

describe("Claude Code, for real", () => {
  it("runs a whole mission: planner, critic, two committing workers and the reviewer", async () => {
    host.server.setScript(
      missionModelScript({ alpha: committingWorker("alpha"), beta: committingWorker("beta") }),
    );
    await getDb().sharedKnowledge.create({
      data: {
        title: "Alpha files end with a newline",
        description: "Write alpha and beta files with a trailing newline.",
        knowledgeType: "pattern",
        knowledgeCategory: "alpha",
      },
    });
    await getDb().procedureRegistry.create({
      data: {
        name: "Run the tests before committing",
        mandatory: true,
        appliesToProjects: ["all"],
      },
    });
    const project = await createMissionProject(host.dataDir, "claude-mission", {});
    const mission = await createMission(project.id, {
      agentProfileId: "claude-code",
      workers: 2,
    });
    await getDb().mission.update({
      where: { id: mission.id },
      data: { objective: "Add the alpha and beta files" },
    });
    await startMission(host.harness, mission.id);
    const finished = await finishedMission(mission.id);

    expect(finished.status).toBe("succeeded");
    expect(finished.stopReason).toBe("objective met: the planner proposed no more work");
    const units = await unitsByKey(mission.id);
    expect(units.alpha?.status).toBe("merged");
    expect(units.beta?.status).toBe("merged");
    expect(await git(project.path, ["show", "mc/green:alpha.txt"])).toBe("alpha was here");
    expect(await git(project.path, ["show", "mc/green:beta.txt"])).toBe("beta was here");
    // Pushed: the policy is "never ask", verification passed on green.
    expect(await git(project.remote, ["rev-parse", "mc/green"])).toBe(
      await git(project.path, ["rev-parse", "mc/green"]),
    );
    const merges = await getDb().merge.findMany({ where: { missionId: mission.id } });
    expect(
      merges.map((merge) => (merge.review as { alignment?: number } | null)?.alignment),
    ).toEqual([9, 9]);

    // The worker's prompt, as the CLI sent it to the model: the unit, knowledge and procedures.
    const workerRequest = host.server.requests.find(
      (request) => request.answer.match === "MC_ROLE: worker\nMC_UNIT: alpha",
    );
    const sent = JSON.stringify(workerRequest?.body);
    expect(sent).toContain("Unit alpha");
    expect(sent).toContain("Alpha files end with a newline");
    expect(sent).toContain("Run the tests before committing");
    expect(workerRequest?.headers["x-api-key"]).toBe("[redacted]");

    // Tokens as the server reported them; cost as Claude Code reported it (list prices).
    const alphaRun = await getDb().agentRun.findFirstOrThrow({
      where: { unitId: units.alpha?.id },
    });
    const alphaUsage = reportedUsage(host.server, "MC_ROLE: worker\nMC_UNIT: alpha");
    expect(alphaUsage).toEqual({ input: 6600, output: 210 });
    expect(alphaRun).toMatchObject({
      agentKind: "claude-code",
      model: "claude-sonnet-4-5",
      inputTokens: alphaUsage.input,
      outputTokens: alphaUsage.output,
      costSource: "reported",
    });
    expect(alphaRun.costUsd).toBeCloseTo((6600 * 3 + 210 * 15) / 1e6, 9);
    expect(units.alpha?.costUsd).toBeCloseTo(alphaRun.costUsd ?? 0, 9);
    const runs = await getDb().agentRun.findMany({ where: { missionId: mission.id } });
    expect(runs.map((run) => run.role).sort()).toEqual(
      ["critic", "planner", "planner", "reviewer", "reviewer", "worker", "worker"].sort(),
    );
    const total = runs.reduce((sum, run) => sum + (run.costUsd ?? 0), 0);
    expect(finished.costUsd).toBeCloseTo(total, 9);
  });

  it("ends a forgetful, a refused and a slow worker each with its reason; green stays green", async () => {
    host.server.setScript(
      missionModelScript({
        good: committingWorker("good"),
        forgets: forgetfulWorker("forgets"),
        refused: refusedWorker(),
        slow: slowWorker(90_000),
      }),
    );
    const project = await createMissionProject(host.dataDir, "claude-failures", {});
    const mission = await createMission(project.id, { agentProfileId: "claude-quick", workers: 4 });
    await startMission(host.harness, mission.id);
    const finished = await finishedMission(mission.id);

    const units = await unitsByKey(mission.id);
    expect(finished.stopReason).toBe("objective met: the planner proposed no more work");
    expect(units.good?.status).toBe("merged");
    expect(units.forgets).toMatchObject({
      status: "failed",
      reason: "no MC_RESULT marker in the output",
    });
    expect(units.refused).toMatchObject({
      status: "failed",
      reason: "the agent was refused a tool it asked for: WebFetch: https://example.com/spec",
    });
    expect(units.slow).toMatchObject({ status: "failed", reason: "timed out after 30 s" });
    const refusedRun = await getDb().agentRun.findFirstOrThrow({
      where: { unitId: units.refused?.id },
    });
    expect(refusedRun.deniedTools).toEqual(["WebFetch: https://example.com/spec"]);

    const green = await git(project.path, ["ls-tree", "--name-only", "mc/green"]);
    expect(green.split("\n")).toContain("good.txt");
    expect(green).not.toContain("forgets.txt");
    expect(finished.resultSummary).toContain("passed");
  });

  it("under the ask policy, a refused tool waits for a person; allowed, the unit runs again with it", async () => {
    host.server.setScript(missionModelScript({ fetches: fetchingWorker("fetches") }));
    const project = await createMissionProject(host.dataDir, "claude-ask", {});
    const mission = await createMission(project.id, {
      agentProfileId: "claude-code",
      workers: 1,
      toolRefusedPolicy: "ask",
    });
    await startMission(host.harness, mission.id);
    const approval = await waitFor(() =>
      getDb().approval.findFirst({
        where: { missionId: mission.id, kind: "tool", status: "pending" },
      }),
    );
    expect(approval.summary).toBe(
      'Unit "Unit fetches" was refused WebFetch: https://example.com/spec. Allow WebFetch for this unit and run it again?',
    );
    expect((await unitsByKey(mission.id)).fetches).toMatchObject({
      status: "failed",
      reason: "the agent was refused a tool it asked for: WebFetch: https://example.com/spec",
    });
    await functionWaits();
    const operator = await createTestActor("operator", "tool-allower@example.com");
    await decideApproval(operator, approval.id, "approved");
    await host.sendOutbox();
    const finished = await finishedMission(mission.id);

    expect(finished.status).toBe("succeeded");
    const unit = (await unitsByKey(mission.id)).fetches;
    expect(unit).toMatchObject({ status: "merged", allowedTools: ["WebFetch"] });
    expect(await git(project.path, ["show", "mc/green:fetches.txt"])).toBe("fetches was here");
    const runs = await getDb().agentRun.findMany({
      where: { unitId: unit?.id },
      orderBy: { finishedAt: "asc" },
    });
    expect(runs.map((run) => run.deniedTools)).toEqual([
      ["WebFetch: https://example.com/spec"],
      [],
    ]);
  });

  it("runs a launched session in the project and records its session id, tokens and cost", async () => {
    host.server.setScript({
      conversations: [
        {
          match: "# Launch context: claude-session",
          turns: [
            { tools: [{ kind: "shell", command: "ls" }], usage: { input: 900, output: 40 } },
            {
              text: "I read the context and looked at README.md.",
              usage: { input: 1000, output: 30 },
            },
          ],
        },
      ],
    });
    const project = await createMissionProject(host.dataDir, "claude-session", {});
    const launch = await host.launch(project.id, "claude-code");
    expect(launch).toMatchObject({
      status: "succeeded",
      exitCode: 0,
      outcome: "I read the context and looked at README.md.",
    });
    expect(launch.agentSessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(launch.costUsd).toBeCloseTo((1900 * 3 + 70 * 15) / 1e6, 9);
    const lines = await getDb().sessionOutputLine.findMany({
      where: { sessionId: launch.sessionId },
      orderBy: { seq: "asc" },
    });
    expect(lines.map((line) => line.line)).toContain("[tool: Bash]");
    const run = await getDb().agentRun.findFirstOrThrow({ where: { sessionId: launch.sessionId } });
    expect(run).toMatchObject({ role: "session", inputTokens: 1900, outputTokens: 70 });
  });
});
