import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionLaunchRequested } from "@/inngest/events";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import { inTransaction } from "@/lib/data/transaction";
import { getDb } from "@/lib/db";
import { deliverOutbox } from "@/lib/services/outbox/deliver-outbox";
import { requestRunnerPing } from "@/lib/services/runner-health/request-runner-ping";
import { ensureInitialAdmin } from "@/lib/services/users/ensure-initial-admin";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("outbox");
let harness: Harness;
const received: string[] = [];

beforeAll(async () => {
  harness = await startHarness(database.url, (client) => [
    client.createFunction(
      { id: "on-ping", triggers: [{ event: "runner/ping.requested" }] },
      async ({ event }) => {
        received.push((event.data as { requestedBy: string }).requestedBy);
        return "pong";
      },
    ),
  ]);
});
afterAll(() => harness.stop());

describe("the outbox", () => {
  it("keeps an event whose send failed, retries it later, and delivers it once", async () => {
    await ensureInitialAdmin({ email: "admin@example.com", password: "admin-password-1" });
    const admin = await getDb().user.findFirstOrThrow();
    const outboxId = await requestRunnerPing({
      userId: admin.id,
      email: admin.email,
      name: admin.name,
      role: "admin",
      via: "session",
    });
    expect(
      await getDb().auditLog.count({
        where: { operation: "request_runner_ping", targetId: outboxId },
      }),
    ).toBe(1);

    const now = new Date();
    expect(await deliverOutbox(async () => Promise.reject(new Error("server down")), now)).toEqual({
      sent: 0,
      failed: 1,
    });
    const kept = await getDb().outboxEvent.findUniqueOrThrow({ where: { id: outboxId } });
    expect(kept).toMatchObject({ sentAt: null, attempts: 1, lastError: "server down" });
    expect(kept.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    expect(await deliverOutbox(harness.client.send.bind(harness.client), now)).toEqual({
      sent: 0,
      failed: 0,
    });

    const later = new Date(kept.nextAttemptAt.getTime() + 1);
    const send = (events: { id: string; name: string; data: unknown }[]) =>
      harness.client.send(events as never);
    expect(await deliverOutbox(send, later)).toEqual({ sent: 1, failed: 0 });
    // A send repeated after a crash (same outbox id) is deduplicated by the runner.
    await send([
      { id: outboxId, name: "runner/ping.requested", data: { requestedBy: admin.email } },
    ]);

    const runs = await harness.settled("on-ping");
    expect(runs).toHaveLength(1);
    expect(received).toEqual(["admin@example.com"]);
    expect(
      (await getDb().outboxEvent.findUniqueOrThrow({ where: { id: outboxId } })).sentAt,
    ).not.toBeNull();
  });

  it("sends the good events of a batch that the server rejects because of one bad event", async () => {
    const [good, bad] = await getDb().$transaction([
      getDb().outboxEvent.create({
        data: {
          eventName: "runner/ping.requested",
          eventData: { requestedBy: "batch@example.com" },
        },
      }),
      getDb().outboxEvent.create({
        data: { eventName: "runner/ping.requested", eventData: "not an object" },
      }),
    ]);
    const send = (events: { id: string; name: string; data: unknown }[]) =>
      harness.client.send(events as never);
    expect(await deliverOutbox(send, new Date())).toEqual({ sent: 1, failed: 1 });
    expect(
      (await getDb().outboxEvent.findUniqueOrThrow({ where: { id: good.id } })).sentAt,
    ).not.toBeNull();
    const kept = await getDb().outboxEvent.findUniqueOrThrow({ where: { id: bad.id } });
    expect(kept).toMatchObject({ sentAt: null, attempts: 1 });
    expect(kept.lastError).toBeTruthy();
  });

  it("refuses an event whose data does not fit its schema, and the change that wanted it", async () => {
    const before = await getDb().outboxEvent.count();
    const write = inTransaction(async (tx) => {
      await insertAuditEntry(tx, { operation: "would_launch" });
      await insertOutboxEvent(tx, sessionLaunchRequested, { sessionId: "not-a-uuid" });
    });
    await expect(write).rejects.toThrow(
      "The hub/session.launch-requested event does not fit its schema: sessionId:",
    );
    expect(await getDb().outboxEvent.count()).toBe(before);
    expect(await getDb().auditLog.count({ where: { operation: "would_launch" } })).toBe(0);
  });
});
