import { randomUUID } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { notificationFanOutFunction } from "@/inngest/functions/notification-fan-out";
import { notificationSendFunction } from "@/inngest/functions/notification-send";
import { findChannelSigningSecret } from "@/lib/data/notifications/find-channel-signing-secret";
import { inTransaction } from "@/lib/data/transaction";
import { getDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { deleteChannel } from "@/lib/services/notifications/delete-channel";
import { notify } from "@/lib/services/notifications/notify";
import { resendDelivery } from "@/lib/services/notifications/resend-delivery";
import { saveChannel } from "@/lib/services/notifications/save-channel";
import { testChannel } from "@/lib/services/notifications/test-channel";
import { deliverOutbox } from "@/lib/services/outbox/deliver-outbox";
import { startReceiver } from "@/tests/integration/notifications-receivers";
import { createTestActor } from "@/tests/support/create-test-actor";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import { waitFor } from "@/tests/support/mission-fixtures";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

vi.setConfig({ testTimeout: 120_000 });
process.env.AUTH_SECRET = "notifications-channels-test-secret";
resetEnvCache();

const database = setUpMigratedDatabase("notifychannels");
let harness: Harness;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let pump: NodeJS.Timeout;
let admin: Awaited<ReturnType<typeof createTestActor>>;

const on = (kinds: string[]) => Object.fromEntries(kinds.map((kind) => [`event_${kind}`, "on"]));

async function pendingApproval() {
  const project = await getDb().projectWorkspace.create({
    data: { name: `notify-${randomUUID().slice(0, 8)}`, path: "/tmp/nowhere" },
  });
  const mission = await getDb().mission.create({
    data: {
      projectId: project.id,
      objective: "Ship the notifications",
      workers: 1,
      maxRounds: 1,
      wallTimeMinutes: 30,
      agentProfileId: "scripted",
      approvalPolicy: "always",
      status: "awaiting_approval",
    },
  });
  const approval = await getDb().approval.create({
    data: {
      missionId: mission.id,
      kind: "push",
      summary: "Push green to origin",
      timeoutAt: new Date(Date.now() + 3_600_000),
    },
  });
  return { project, mission, approval };
}

const deliveriesOf = (eventKey: string) =>
  getDb().notificationDelivery.findMany({ where: { eventKey }, orderBy: { createdAt: "asc" } });

async function settledDeliveries(eventKey: string, count: number) {
  return waitFor(async () => {
    const rows = await deliveriesOf(eventKey);
    return (
      rows.length === count &&
      rows.every((row) => ["delivered", "failed"].includes(row.status)) &&
      rows
    );
  }, 90_000);
}

beforeAll(async () => {
  receiver = await startReceiver();
  harness = await startHarness(database.url, (client) => [
    notificationFanOutFunction(client),
    notificationSendFunction(client),
  ]);
  pump = setInterval(() => {
    void deliverOutbox((events) => harness.client.send(events as never)).catch(() => undefined);
  }, 100);
  admin = await createTestActor("admin", "notify-admin@example.com");
});
afterAll(async () => {
  clearInterval(pump);
  await harness.stop();
  await receiver.stop();
});

describe("notification channels", () => {
  it("send an approval-needed notification to Telegram, Slack, ntfy and a signed webhook, each in its own shape", async () => {
    const telegram = await saveChannel(admin, {
      name: "Phone (Telegram)",
      kind: "telegram",
      telegramBaseUrl: `${receiver.url}/telegram`,
      botToken: "123456:telegram-bot-token",
      chatId: "4242",
      ...on(["approval_needed"]),
    });
    const slack = await saveChannel(admin, {
      name: "Team Slack",
      kind: "slack",
      url: `${receiver.url}/slack/services/T000/B000/slack-secret-path`,
      ...on(["approval_needed", "mission_finished"]),
    });
    await saveChannel(admin, {
      name: "Phone push",
      kind: "ntfy",
      ntfyServerUrl: `${receiver.url}/ntfy`,
      ntfyTopic: "mission-control",
      ntfyToken: "tk_ntfy_access_token",
      ...on(["approval_needed"]),
    });
    const webhook = await saveChannel(admin, {
      name: "Signed webhook",
      kind: "webhook",
      url: `${receiver.url}/hook?token=hook-url-token`,
      ...on(["approval_needed"]),
    });
    await saveChannel(admin, {
      name: "Only finishes",
      kind: "slack",
      url: `${receiver.url}/finishes-only`,
      ...on(["mission_finished"]),
    });

    const stored = await getDb().notificationChannel.findMany();
    for (const secret of [
      "telegram-bot-token",
      "slack-secret-path",
      "tk_ntfy_access_token",
      "hook-url-token",
    ])
      expect(JSON.stringify(stored)).not.toContain(secret);

    const { approval, mission, project } = await pendingApproval();
    const event = {
      kind: "approval_needed" as const,
      key: `approval:${approval.id}`,
      summary: approval.summary,
      missionId: mission.id,
      approvalId: approval.id,
    };
    await inTransaction((tx) => notify(tx, event));
    const deliveries = await settledDeliveries(event.key, 4);
    expect(deliveries.map((row) => [row.status, row.attempts])).toEqual(
      Array(4).fill(["delivered", 1]),
    );
    const links = await getDb().approvalLink.findMany({ where: { approvalId: approval.id } });
    expect(links.map((link) => link.decision).sort()).toEqual(["approved", "rejected"]);

    const [sent] = receiver.to("/telegram/bot123456:telegram-bot-token/sendMessage");
    const message = sent?.json as {
      chat_id: string;
      text: string;
      reply_markup: { inline_keyboard: { text: string; callback_data: string }[][] };
    };
    expect(message.chat_id).toBe("4242");
    expect(message.text).toContain(`Approval needed: ${project.name}`);
    expect(message.text).toContain("Mission: Ship the notifications");
    expect(message.text).toMatch(/Approve: http:\/\/127\.0\.0\.1:\d+\/approvals\/[\w.-]+/);
    expect(message.reply_markup.inline_keyboard).toEqual([
      [
        { text: "Approve", callback_data: `approve:${approval.id}` },
        { text: "Reject", callback_data: `reject:${approval.id}` },
      ],
    ]);
    const approveUrl = message.text.match(/Approve: (\S+)/)?.[1] ?? "";
    const rejectUrl = message.text.match(/Reject: (\S+)/)?.[1] ?? "";

    const [slackSent] = receiver.to("/slack/services/T000/B000/slack-secret-path");
    expect(Object.keys((slackSent?.json ?? {}) as object)).toEqual(["text"]);
    expect((slackSent?.json as { text: string } | undefined)?.text).toContain(
      `<${approveUrl}|Approve>  ·  <${rejectUrl}|Reject>`,
    );

    const [ntfySent] = receiver.to("/ntfy/");
    expect(ntfySent?.method).toBe("POST");
    expect(ntfySent?.headers.authorization).toBe("Bearer tk_ntfy_access_token");
    expect(ntfySent?.json).toMatchObject({
      topic: "mission-control",
      title: `Approval needed: ${project.name}`,
      click: `${new URL(approveUrl).origin}/missions/${mission.id}`,
      actions: [
        { action: "view", label: "Approve", url: approveUrl, clear: true },
        { action: "view", label: "Reject", url: rejectUrl, clear: true },
      ],
    });

    const [hookSent] = receiver.to("/hook?token=hook-url-token");
    const secret = await findChannelSigningSecret(webhook.id);
    expect(secret).toMatch(/^whsec_/);
    const verified = new Webhook(secret ?? "").verify(
      hookSent?.body ?? "",
      hookSent?.headers as Record<string, string>,
    ) as { type: string; data: { approval: { approveUrl: string } } };
    expect(verified.type).toBe("notification.approval_needed");
    expect(verified.data.approval.approveUrl).toBe(approveUrl);
    expect(hookSent?.headers["webhook-id"]).toBe(
      `msg_${deliveries.find((row) => row.channelId === webhook.id)?.id}`,
    );
    expect(() =>
      new Webhook(secret ?? "").verify(
        `${hookSent?.body} `,
        hookSent?.headers as Record<string, string>,
      ),
    ).toThrow();

    expect(receiver.to("/finishes-only")).toHaveLength(0);

    // The same event again (a step that ran twice) sends nothing more.
    await inTransaction((tx) => notify(tx, event));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await deliveriesOf(event.key)).toHaveLength(4);
    expect(receiver.to("/ntfy/")).toHaveLength(1);

    // An edit that leaves the secret blank keeps it.
    await saveChannel(admin, {
      channelId: slack.id,
      name: "Team Slack (renamed)",
      kind: "slack",
      ...on(["mission_finished"]),
    });
    await testChannel(admin, slack.id);
    expect(receiver.to("/slack/services/T000/B000/slack-secret-path")).toHaveLength(2);
    await expect(
      saveChannel(admin, { channelId: telegram.id, name: "x", kind: "telegram", ...on(["stall"]) }),
    ).rejects.toThrow("Enter the chat id.");
    const audit = await getDb().auditLog.findMany({
      where: { targetType: "notification_channel" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((row) => row.operation)).toEqual([
      ...Array(5).fill("notification_channel.added"),
      "notification_channel.edited",
      "notification_channel.tested",
    ]);
    expect(JSON.stringify(audit)).not.toContain("slack-secret-path");

    await deleteChannel(admin, telegram.id);
    await expect(deleteChannel(admin, telegram.id)).rejects.toThrow(
      "That channel no longer exists.",
    );
    expect(await getDb().notificationChannel.count({ where: { id: telegram.id } })).toBe(0);
    expect(await getDb().notificationDelivery.count({ where: { channelId: telegram.id } })).toBe(1);
    const viewer = await createTestActor("viewer", "notify-viewer@example.com");
    await expect(
      saveChannel(viewer, {
        name: "x",
        kind: "slack",
        url: "http://127.0.0.1:1/x",
        ...on(["stall"]),
      }),
    ).rejects.toThrow("This needs the admin role.");
  });

  it("retries a receiver that fails twice, then logs it delivered after three attempts", async () => {
    receiver.script("/flaky", [{ status: 500 }, { status: 503 }, { status: 200, body: "{}" }]);
    await saveChannel(admin, {
      name: "Flaky webhook",
      kind: "webhook",
      url: `${receiver.url}/flaky`,
      ...on(["stall"]),
    });
    const event = {
      kind: "stall" as const,
      key: `stall:${randomUUID()}`,
      summary: "No progress for 31 minutes.",
    };
    await inTransaction((tx) => notify(tx, event));
    const [delivery] = await settledDeliveries(event.key, 1);
    expect(delivery).toMatchObject({
      status: "delivered",
      attempts: 3,
      lastError: 'The receiver answered 503: {"ok":false}',
    });
    const tries = receiver.to("/flaky");
    expect(tries).toHaveLength(3);
    expect(new Set(tries.map((request) => request.headers["webhook-id"])).size).toBe(1);
  });

  it("logs a receiver that always fails as failed, and re-sends it from the log", async () => {
    receiver.script("/down", [{ status: 502, body: "bad gateway" }]);
    await saveChannel(admin, {
      name: "Down",
      kind: "slack",
      url: `${receiver.url}/down`,
      ...on(["conflict"]),
    });
    const event = {
      kind: "conflict" as const,
      key: `merge:${randomUUID()}`,
      summary: "merge conflict in a.txt",
    };
    await inTransaction((tx) => notify(tx, event));
    const [failed] = await settledDeliveries(event.key, 1);
    expect(failed).toMatchObject({
      status: "failed",
      attempts: 5,
      lastError: "The receiver answered 502: bad gateway",
    });
    expect(receiver.to("/down")).toHaveLength(5);

    receiver.script("/down", [{ status: 200, body: "ok" }]);
    await resendDelivery(admin, failed?.id ?? "");
    await expect(resendDelivery(admin, failed?.id ?? "")).rejects.toThrow(
      "Only a failed delivery can be re-sent.",
    );
    const delivered = await waitFor(async () => {
      const row = await getDb().notificationDelivery.findUnique({ where: { id: failed?.id } });
      return row?.status === "delivered" && row;
    }, 60_000);
    expect(delivered.attempts).toBe(6);
    expect(receiver.to("/down")).toHaveLength(6);
  });
});
