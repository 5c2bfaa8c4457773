import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import type { CliAgentKind } from "@/lib/validation/agent-profiles";
import {
  createMission,
  createMissionProject,
  finishedMission,
  startMission,
  unitsByKey,
} from "@/tests/support/mission-fixtures";
import { type RealAgentHost, startRealAgentHost } from "@/tests/support/real-agent-host";
import {
  committingWorker,
  missionModelScript,
  realCliProfile,
  reportedUsage,
} from "@/tests/support/real-agents";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// The real Codex CLI and Gemini CLI binaries, against the scripted model server.
vi.setConfig({ testTimeout: 300_000 });
const database = setUpMigratedDatabase("realcodexgemini");
let host: RealAgentHost;

beforeAll(async () => {
  host = await startRealAgentHost(database.url, "realcodexgemini", (server) => [
    realCliProfile("codex", server),
    realCliProfile("gemini", server),
  ]);
});
afterAll(() => host?.stop());

// Both price by the price table: gpt-5 and gemini-2.5-pro cost $1.25 in and $10 out per million.
const estimate = (usage: { input: number; output: number }) =>
  (usage.input * 1.25 + usage.output * 10) / 1e6;

describe.each(["codex", "gemini"] as const satisfies readonly CliAgentKind[])(
  "%s, for real",
  (kind) => {
    it("runs a mission whose worker writes and commits a unit that is merged into green", async () => {
      const key = `${kind}-unit`;
      host.server.setScript(missionModelScript({ [key]: committingWorker(key) }));
      const project = await createMissionProject(host.dataDir, `${kind}-mission`, {});
      const mission = await createMission(project.id, { agentProfileId: kind, workers: 1 });
      await startMission(host.harness, mission.id);
      const finished = await finishedMission(mission.id);

      expect(finished.stopReason).toBe("objective met: the planner proposed no more work");
      const unit = (await unitsByKey(mission.id))[key];
      expect(unit).toMatchObject({ status: "merged" });
      expect(await git(project.path, ["show", `mc/green:${key}.txt`])).toBe(`${key} was here`);
      const run = await getDb().agentRun.findFirstOrThrow({ where: { unitId: unit?.id } });
      const usage = reportedUsage(host.server, `MC_ROLE: worker\nMC_UNIT: ${key}`);
      expect(usage).toEqual({ input: 6600, output: 210 });
      expect(run).toMatchObject({
        agentKind: kind,
        inputTokens: usage.input,
        outputTokens: usage.output,
        costSource: "estimated",
      });
      expect(run.costUsd).toBeCloseTo(estimate(usage), 9);
    });

    it("runs a launched session and records its outcome, tokens and estimated cost", async () => {
      const name = `${kind}-session`;
      host.server.setScript({
        conversations: [
          {
            match: `# Launch context: ${name}`,
            turns: [
              { tools: [{ kind: "shell", command: "ls" }], usage: { input: 700, output: 30 } },
              { text: `Looked around ${name}.`, usage: { input: 800, output: 20 } },
            ],
          },
        ],
      });
      const project = await createMissionProject(host.dataDir, name, {});
      const launch = await host.launch(project.id, kind);
      expect(launch).toMatchObject({
        status: "succeeded",
        exitCode: 0,
        outcome: `Looked around ${name}.`,
      });
      expect(launch.agentSessionId).toBeTruthy();
      expect(launch.costUsd).toBeCloseTo(estimate({ input: 1500, output: 50 }), 9);
      const run = await getDb().agentRun.findFirstOrThrow({
        where: { sessionId: launch.sessionId },
      });
      expect(run).toMatchObject({ role: "session", inputTokens: 1500, outputTokens: 50 });
    });
  },
);
