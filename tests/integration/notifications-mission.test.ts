import { mkdtemp, realpath } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { missionRunFunction } from "@/inngest/functions/mission-run";
import { notificationFanOutFunction } from "@/inngest/functions/notification-fan-out";
import { notificationSendFunction } from "@/inngest/functions/notification-send";
import { getDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { decideByLink } from "@/lib/services/notifications/decide-by-link";
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
process.env.AUTH_SECRET = "notifications-mission-test-secret";
resetEnvCache();

const database = setUpMigratedDatabase("notifymission");
let harness: Harness;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let pump: NodeJS.Timeout;
let dataDir: string;

beforeAll(async () => {
  dataDir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-notifymission-")));
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
});
afterAll(async () => {
  clearInterval(pump);
  await harness.stop();
  await receiver.stop();
});

describe("notifications from a running mission", () => {
  it("an ntfy receiver gets approval needed with a link that decides; a channel that always fails does not hold the mission back", async () => {
    const admin = await createTestActor("admin", "mission-notify-admin@example.com");
    const operator = await createTestActor("operator", "mission-notify-operator@example.com");
    const every = {
      event_mission_started: "on",
      event_approval_needed: "on",
      event_mission_finished: "on",
      event_mission_failed: "on",
    };
    await saveChannel(admin, {
      name: "Phone",
      kind: "ntfy",
      ntfyServerUrl: `${receiver.url}/ntfy`,
      ntfyTopic: "missions",
      ...every,
    });
    receiver.script("/broken", [{ status: 500, body: "receiver down" }]);
    await saveChannel(admin, {
      name: "Broken webhook",
      kind: "webhook",
      url: `${receiver.url}/broken`,
      ...every,
    });

    const project = await createMissionProject(dataDir, "notified", {
      rounds: [
        {
          plan: [unitPlan("one")],
          critic: [{ verdict: "sufficient", feedback: "ok" }],
        },
      ],
      units: { one: { behaviour: "ok", edits: [{ path: "one.txt", content: "1\n" }] } },
    });
    const mission = await createMission(project.id, { approvalPolicy: "always" });
    await startMission(harness, mission.id);

    const pushed = await waitFor(async () =>
      receiver
        .to("/ntfy/")
        .find((request) => (request.json as { title: string }).title.startsWith("Approval needed")),
    );
    const push = pushed.json as {
      title: string;
      message: string;
      actions: { label: string; url: string }[];
    };
    expect(push.title).toBe("Approval needed: notified");
    expect(push.message).toContain("Mission: Exercise the loop");
    expect(push.actions.map((action) => action.label)).toEqual(["Approve", "Reject"]);
    const token = decodeURIComponent(push.actions[0]?.url.split("/approvals/")[1] ?? "");
    await decideByLink(operator, token);

    const finished = await finishedMission(mission.id);
    expect(finished.status).toBe("succeeded");
    expect(finished.resultSummary).toContain("Pushed mc/green to origin.");
    const titles = await waitFor(async () => {
      const seen = receiver
        .to("/ntfy/")
        .map((request) => (request.json as { title: string }).title);
      return seen.length >= 3 && seen;
    });
    expect(titles).toEqual([
      "Mission started: notified",
      "Approval needed: notified",
      "Mission finished: notified",
    ]);
    const broken = await waitFor(async () => {
      const rows = await getDb().notificationDelivery.findMany({
        where: { status: "failed" },
        orderBy: { createdAt: "asc" },
      });
      return rows.length === 3 && rows;
    }, 120_000);
    expect(broken.map((row) => [row.eventKind, row.attempts, row.lastError])).toEqual([
      ["mission_started", 5, "The receiver answered 500: receiver down"],
      ["approval_needed", 5, "The receiver answered 500: receiver down"],
      ["mission_finished", 5, "The receiver answered 500: receiver down"],
    ]);
  });
});
