import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { buildNotificationMessage } from "@/lib/services/notifications/build-notification-message";
import { decideByLink } from "@/lib/services/notifications/decide-by-link";
import { pollTelegramReplies } from "@/lib/services/notifications/poll-telegram-replies";
import { readApprovalLink } from "@/lib/services/notifications/read-approval-link";
import { saveChannel } from "@/lib/services/notifications/save-channel";
import { startReceiver } from "@/tests/integration/notifications-receivers";
import { createTestActor } from "@/tests/support/create-test-actor";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

vi.setConfig({ testTimeout: 60_000 });
process.env.AUTH_SECRET = "approval-links-test-secret";
resetEnvCache();

setUpMigratedDatabase("approvallinks");
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let operator: Awaited<ReturnType<typeof createTestActor>>;

async function approvalFor(kind = "push", timeoutAt = new Date(Date.now() + 3_600_000)) {
  const project = await getDb().projectWorkspace.create({
    data: { name: `links-${randomUUID().slice(0, 8)}`, path: "/tmp/nowhere" },
  });
  const mission = await getDb().mission.create({
    data: {
      projectId: project.id,
      objective: "Decide from a phone",
      workers: 1,
      maxRounds: 1,
      wallTimeMinutes: 30,
      agentProfileId: "scripted",
      approvalPolicy: "always",
      status: "awaiting_approval",
      ...(kind === "budget" ? { budgetUsd: 0 } : {}),
    },
  });
  return getDb().approval.create({
    data: { missionId: mission.id, kind, summary: `Approve the ${kind}`, timeoutAt },
  });
}

async function linksOf(approval: { id: string; missionId: string; summary: string }) {
  const message = await buildNotificationMessage({
    kind: "approval_needed",
    key: `approval:${approval.id}`,
    summary: approval.summary,
    missionId: approval.missionId,
    approvalId: approval.id,
  });
  const tokenOf = (url: string | undefined) =>
    decodeURIComponent(url?.split("/approvals/")[1] ?? "");
  return {
    approve: tokenOf(message.approval?.approveUrl),
    reject: tokenOf(message.approval?.rejectUrl),
  };
}

const statusOf = async (id: string) =>
  (await getDb().approval.findUniqueOrThrow({ where: { id } })).status;

beforeAll(async () => {
  receiver = await startReceiver();
  operator = await createTestActor("operator", "phone-operator@example.com");
});
afterAll(() => receiver.stop());

describe("approval links", () => {
  it("decide once, audited with who decided; a second use and the other link are refused", async () => {
    const approval = await approvalFor();
    const { approve, reject } = await linksOf(approval);
    expect(await linksOf(approval)).toEqual({ approve, reject });
    const read = await readApprovalLink(approve);
    expect(read).toMatchObject({ decision: "approved", approval: { summary: "Approve the push" } });
    expect(read.approval?.mission.objective).toBe("Decide from a phone");

    await expect(decideByLink(operator, approve)).resolves.toEqual({
      decision: "approved",
      missionId: approval.missionId,
    });
    expect(await statusOf(approval.id)).toBe("approved");
    const decided = await getDb().approval.findUniqueOrThrow({ where: { id: approval.id } });
    expect(decided.decidedByUserId).toBe(operator.userId);
    const audit = await getDb().auditLog.findMany({
      where: { targetId: approval.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((row) => [row.operation, row.userId])).toEqual([
      ["approve_mission_action", operator.userId],
      ["approval_link.used", operator.userId],
    ]);

    expect(await readApprovalLink(approve)).toEqual({ refused: "used" });
    await expect(decideByLink(operator, approve)).rejects.toThrow("was already used");
    expect(await readApprovalLink(reject)).toEqual({ refused: "decided" });
    await expect(decideByLink(operator, reject)).rejects.toThrow("already decided");
    expect(await statusOf(approval.id)).toBe("approved");
  });

  it("refuse a tampered, a made-up and an expired link, and a viewer", async () => {
    const approval = await approvalFor();
    const { approve, reject } = await linksOf(approval);
    const [id, mac] = reject.split(".");
    const flipped = `${id}.${mac?.[0] === "A" ? "B" : "A"}${mac?.slice(1)}`;
    for (const token of [
      flipped,
      `${randomUUID()}.${mac}`,
      `${id}`,
      "not-a-token",
      `${approve.split(".")[0]}.${mac}`,
    ])
      expect(await readApprovalLink(token)).toEqual({ refused: "invalid" });
    await expect(decideByLink(operator, flipped)).rejects.toThrow("not a valid approval link");
    expect(await readApprovalLink(approve, new Date(Date.now() + 7_200_000))).toEqual({
      refused: "expired",
    });
    const viewer = await createTestActor("viewer", "phone-viewer@example.com");
    await expect(decideByLink(viewer, approve)).rejects.toThrow("This needs the operator role.");
    expect(await statusOf(approval.id)).toBe("pending");

    const lapsed = await approvalFor("push", new Date(Date.now() - 1_000));
    const lapsedLinks = await linksOf(lapsed);
    expect(await readApprovalLink(lapsedLinks.approve)).toEqual({ refused: "expired" });
    await expect(decideByLink(operator, lapsedLinks.approve)).rejects.toThrow("has expired");
    expect(await statusOf(lapsed.id)).toBe("pending");
  });

  it("take the raised budget for a budget approval; without it the link stays usable", async () => {
    const approval = await approvalFor("budget");
    const { approve } = await linksOf(approval);
    await expect(decideByLink(operator, approve)).rejects.toThrow(
      "enter a budget above what the mission has spent",
    );
    expect(await readApprovalLink(approve)).toMatchObject({ decision: "approved" });
    await decideByLink(operator, approve, 12.5);
    expect(await statusOf(approval.id)).toBe("approved");
    expect(
      (await getDb().mission.findUniqueOrThrow({ where: { id: approval.missionId } })).budgetUsd,
    ).toBe(12.5);
  });
});

describe("Telegram replies", () => {
  it("decide approvals answered in the configured chat (button or /approve), read once through getUpdates", async () => {
    const admin = await createTestActor("admin", "telegram-admin@example.com");
    const channel = await saveChannel(admin, {
      name: "Ops chat",
      kind: "telegram",
      telegramBaseUrl: `${receiver.url}/tg`,
      botToken: "999:bot-secret",
      chatId: "-100123",
      event_approval_needed: "on",
    });
    const [byButton, byCommand, fromStranger] = [
      await approvalFor(),
      await approvalFor(),
      await approvalFor(),
    ];
    receiver.script("/tg/bot999:bot-secret/getUpdates", [
      {
        status: 200,
        body: JSON.stringify({
          ok: true,
          result: [
            {
              update_id: 700,
              callback_query: {
                id: "cb-1",
                from: { id: 1, username: "alice" },
                data: `approve:${byButton.id}`,
                message: { chat: { id: -100123 } },
              },
            },
            {
              update_id: 701,
              message: {
                chat: { id: 555 },
                from: { id: 2, username: "mallory" },
                text: `/approve ${fromStranger.id}`,
              },
            },
            {
              update_id: 702,
              message: {
                chat: { id: -100123 },
                from: { id: 3, username: "bob" },
                text: `/reject ${byCommand.id}`,
              },
            },
          ],
        }),
      },
      { status: 200, body: JSON.stringify({ ok: true, result: [] }) },
    ]);

    const first = await pollTelegramReplies();
    expect(first.decided).toEqual([byButton.id, byCommand.id]);
    expect(await statusOf(byButton.id)).toBe("approved");
    expect(await statusOf(byCommand.id)).toBe("rejected");
    expect(await statusOf(fromStranger.id)).toBe("pending");
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { targetId: byButton.id, operation: "approve_mission_action" },
    });
    expect(audit.userId).toBeNull();
    expect(JSON.stringify(audit.details)).toContain(
      `Telegram @alice via channel “Ops chat” (${channel.id})`,
    );
    expect(receiver.to("/tg/bot999:bot-secret/answerCallbackQuery")[0]?.json).toEqual({
      callback_query_id: "cb-1",
      text: "Approved.",
    });
    expect(receiver.to("/tg/bot999:bot-secret/sendMessage")[0]?.json).toEqual({
      chat_id: "-100123",
      text: "Rejected.",
    });

    const second = await pollTelegramReplies();
    expect(second.decided).toEqual([]);
    const polls = receiver.to("/tg/bot999:bot-secret/getUpdates");
    expect(polls.map((poll) => (poll.json as { offset?: number }).offset)).toEqual([
      undefined,
      703,
    ]);
  });
});
