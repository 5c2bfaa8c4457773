import { mkdtemp, realpath } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { missionRunFunction } from "@/inngest/functions/mission-run";
import { sessionLaunchFunction } from "@/inngest/functions/session-launch";
import { saveAgentApiKey } from "@/lib/data/agent-api-keys/save-agent-api-key";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { inTransaction } from "@/lib/data/transaction";
import { getDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import { launchSession } from "@/lib/services/launcher/launch-session";
import { deliverOutbox } from "@/lib/services/outbox/deliver-outbox";
import type { CliAgentKind } from "@/lib/validation/agent-profiles";
import { type ModelServer, startModelServer } from "@/scripts/model-server/start-model-server";
import { createTestActor } from "@/tests/support/create-test-actor";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import {
  createMission,
  createMissionProject,
  finishedMission,
  startMission,
  unitsByKey,
} from "@/tests/support/mission-fixtures";
import {
  committingWorker,
  missionModelScript,
  realCliProfile,
  reportedUsage,
  useProfiles,
} from "@/tests/support/real-agents";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// The real Codex CLI and Gemini CLI binaries, against the scripted model server.
vi.setConfig({ testTimeout: 300_000 });
const database = setUpMigratedDatabase("realcodexgemini");
let harness: Harness;
let server: ModelServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-realcodexgemini-")));
  process.env.MC_DATA_DIR = dataDir;
  process.env.AUTH_SECRET ??= "a-test-auth-secret-of-at-least-32-characters";
  server = await startModelServer({ script: { conversations: [] } });
  await useProfiles(realCliProfile("codex", server), realCliProfile("gemini", server));
  await inTransaction(async (tx) => {
    await saveAgentApiKey(tx, "codex", "sk-test-codex", null);
    await saveAgentApiKey(tx, "gemini", "test-gemini-key", null);
  });
  await upsertSetting("projects.allowed_roots", [dataDir]);
  harness = await startHarness(database.url, (client) => [
    missionRunFunction(client),
    sessionLaunchFunction(client),
  ]);
});
afterAll(async () => {
  await harness?.stop();
  await server?.close();
});

// Both price by the price table: gpt-5 and gemini-2.5-pro cost $1.25 in and $10 out per million.
const estimate = (usage: { input: number; output: number }) =>
  (usage.input * 1.25 + usage.output * 10) / 1e6;

describe.each(["codex", "gemini"] as const satisfies readonly CliAgentKind[])(
  "%s, for real",
  (kind) => {
    it("runs a mission whose worker writes and commits a unit that is merged into green", async () => {
      const key = `${kind}-unit`;
      server.setScript(missionModelScript({ [key]: committingWorker(key) }));
      const project = await createMissionProject(dataDir, `${kind}-mission`, {});
      const mission = await createMission(project.id, { agentProfileId: kind, workers: 1 });
      await startMission(harness, mission.id);
      const finished = await finishedMission(mission.id);

      expect(finished.stopReason).toBe("objective met: the planner proposed no more work");
      const unit = (await unitsByKey(mission.id))[key];
      expect(unit).toMatchObject({ status: "merged" });
      expect(await git(project.path, ["show", `mc/green:${key}.txt`])).toBe(`${key} was here`);
      const run = await getDb().agentRun.findFirstOrThrow({ where: { unitId: unit?.id } });
      const usage = reportedUsage(server, `MC_ROLE: worker\nMC_UNIT: ${key}`);
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
      server.setScript({
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
      const operator = await createTestActor("operator", `${kind}-launcher@example.com`);
      const project = await createMissionProject(dataDir, name, {});
      const identity = await getDb().identity.create({
        data: { name: `${kind}-identity`, platform: kind, roleDescription: "test" },
      });
      await upsertSetting("agent.default_profile", kind);
      const { sessionId } = await launchSession(operator, {
        projectId: project.id,
        identityId: identity.id,
        acknowledged: true,
      });
      await deliverOutbox((events) => harness.client.send(events as never), new Date());
      await harness.settled("session-launch", kind === "codex" ? 1 : 2, 120_000);

      const launch = await getDb().sessionLaunch.findUniqueOrThrow({ where: { sessionId } });
      expect(launch).toMatchObject({
        status: "succeeded",
        exitCode: 0,
        outcome: `Looked around ${name}.`,
      });
      expect(launch.agentSessionId).toBeTruthy();
      expect(launch.costUsd).toBeCloseTo(estimate({ input: 1500, output: 50 }), 9);
      const run = await getDb().agentRun.findFirstOrThrow({ where: { sessionId } });
      expect(run).toMatchObject({ role: "session", inputTokens: 1500, outputTokens: 50 });
    });
  },
);
