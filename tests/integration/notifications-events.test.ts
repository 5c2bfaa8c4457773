import { mkdtemp, realpath } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { missionRunFunction } from "@/inngest/functions/mission-run";
import { notificationFanOutFunction } from "@/inngest/functions/notification-fan-out";
import { notificationSendFunction } from "@/inngest/functions/notification-send";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { getDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { closeLaunchedSession } from "@/lib/services/launcher/close-launched-session";
import { flagStalledMissions } from "@/lib/services/mission-run/flag-stalled-missions";
import { startDemoMission } from "@/lib/services/missions/start-demo-mission";
import { saveChannel } from "@/lib/services/notifications/save-channel";
import { deliverOutbox } from "@/lib/services/outbox/deliver-outbox";
import { startReceiver } from "@/tests/integration/notifications-receivers";
import { createTestActor } from "@/tests/support/create-test-actor";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import {
  createMission,
  createMissionProject,
  finishedMission,
  startMission,
  unitPlan,
  waitFor,
} from "@/tests/support/mission-fixtures";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

vi.setConfig({ testTimeout: 300_000 });
process.env.AUTH_SECRET = "notifications-events-test-secret";
resetEnvCache();

const database = setUpMigratedDatabase("notifyevents");
let harness: Harness;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let pump: NodeJS.Timeout;
let dataDir: string;

const texts = (path: string) =>
  receiver.to(path).map((request) => (request.json as { text: string }).text);

beforeAll(async () => {
  dataDir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-notifyevents-")));
  process.env.MC_DATA_DIR = dataDir;
  resetEnvCache();
  receiver = await startReceiver();
  harness = await startHarness(database.url, (client) => [
    missionRunFunction(client),
    notificationFanOutFunction(client),
    notificationSendFunction(client),
  ]);
  pump = setInterval(() => {
    void deliverOutbox((events) => harness.client.send(events as never)).catch(() => undefined);
  }, 200);
  const admin = await createTestActor("admin", "events-admin@example.com");
  await saveChannel(admin, {
    name: "Merges",
    kind: "slack",
    url: `${receiver.url}/merges`,
    event_conflict: "on",
    event_verification_failed: "on",
  });
  await saveChannel(admin, {
    name: "Attention",
    kind: "slack",
    url: `${receiver.url}/attention`,
    event_stall: "on",
    event_needs_input: "on",
    event_session_finished: "on",
  });
});
afterAll(async () => {
  clearInterval(pump);
  await harness.stop();
  await receiver.stop();
});

describe("events that notify", () => {
  it("the demo mission's merge conflict and failed verification notify once each", async () => {
    await upsertSetting("missions.approval_timeout_seconds", 600);
    const operator = await createTestActor("operator", "events-operator@example.com");
    const missionId = await startDemoMission(operator);
    await waitFor(() =>
      getDb().approval.findFirst({ where: { missionId, kind: "push", status: "pending" } }),
    );
    const seen = await waitFor(async () => texts("/merges").length >= 2 && texts("/merges"));
    expect(seen).toHaveLength(2);
    const conflict = seen.find((text) => text.startsWith("*Merge conflict: mission-demo*"));
    expect(conflict).toContain("merge conflict in README.md");
    const reverted = seen.find((text) => text.startsWith("*Verification failed: mission-demo*"));
    expect(reverted).toContain("verification failed after the merge, so it was undone");
  });

  it("a stall notifies once per quiet spell; a session at a permission prompt says it needs input", async () => {
    const project = await getDb().projectWorkspace.create({
      data: { name: "quiet-project", path: "/tmp/nowhere" },
    });
    const hoursAgo = new Date(Date.now() - 2 * 3_600_000);
    await getDb().mission.create({
      data: {
        projectId: project.id,
        objective: "Sit still",
        workers: 1,
        maxRounds: 1,
        wallTimeMinutes: 600,
        agentProfileId: "scripted",
        approvalPolicy: "never",
        status: "running",
        startedAt: hoursAgo,
      },
    });
    await flagStalledMissions();
    await flagStalledMissions();

    const session = await getDb().sessionHistory.create({ data: { projectName: "quiet-project" } });
    await getDb().sessionLaunch.create({
      data: {
        sessionId: session.id,
        projectId: project.id,
        profileId: "scripted",
        profileKind: "scripted",
        launchContext: "Do it",
        status: "failed",
        outcome: "Stopped at a permission prompt nobody can answer: Allow Bash(rm)? [y/N]",
        finishedAt: new Date(),
      },
    });
    await closeLaunchedSession(session.id);
    await closeLaunchedSession(session.id);

    const seen = await waitFor(async () => texts("/attention").length >= 2 && texts("/attention"));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(texts("/attention")).toHaveLength(2);
    expect(seen.find((text) => text.startsWith("*Mission stalled: quiet-project*"))).toContain(
      "No progress for 120 minutes.",
    );
    const input = seen.find((text) =>
      text.startsWith("*Needs input (permission prompt): quiet-project*"),
    );
    expect(input).toContain("Allow Bash(rm)? [y/N]");
    expect(input).toContain(`/sessions/${session.id}|Open>`);
  });

  it("a unit stopped at a permission prompt notifies 'needs input' once, and the mission still ends", async () => {
    const project = await createMissionProject(dataDir, "prompting", {
      rounds: [{ plan: [unitPlan("asks")], critic: [{ verdict: "sufficient", feedback: "ok" }] }],
      units: { asks: { behaviour: "permission-prompt" } },
    });
    const mission = await createMission(project.id, { maxRounds: 1 });
    await startMission(harness, mission.id);
    await finishedMission(mission.id);
    const said = await waitFor(async () =>
      texts("/attention").find((text) =>
        text.startsWith("*Needs input (permission prompt): prompting*"),
      ),
    );
    expect(said).toContain(
      "Unit “Unit asks” stopped at a permission prompt: Permission required: allow Bash(rm -rf build)? [y/N]",
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(texts("/attention").filter((text) => text.includes(": prompting*"))).toHaveLength(1);
  });
});
