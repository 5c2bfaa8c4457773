import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/authorize";
import { countUnreadMessages } from "@/lib/data/messages/count-unread-messages";
import { INBOX_PAGE_SIZE, listInbox } from "@/lib/data/messages/list-inbox";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";
import { sendMessage } from "@/lib/services/messages/send-message";
import { setMessageStatus } from "@/lib/services/messages/set-message-status";
import { newMessageSchema } from "@/lib/validation/messages";
import { createTestActor } from "@/tests/support/create-test-actor";
import { runSql } from "@/tests/support/test-postgres";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("messages");
let operator: Actor;
let ada: string;
let bob: string;
let cy: string;

beforeAll(async () => {
  const db = getDb();
  [ada, bob, cy] = await Promise.all(
    ["ada", "bob", "cy"].map(
      async (name) =>
        (await db.identity.create({ data: { name, platform: "test", roleDescription: name } })).id,
    ),
  );
  operator = await createTestActor("operator", "op@example.com");
});

const send = (from: string, to: string | undefined, subject: string) =>
  sendMessage(
    operator,
    newMessageSchema.parse({
      fromIdentityId: from,
      toIdentityId: to ?? "",
      type: "question",
      subject,
      body: `about ${subject}`,
    }),
  );

describe("messages", () => {
  it("shows an identity its direct messages and broadcasts, unread first, then newest", async () => {
    const first = await send(bob, ada, "to ada, later read");
    await send(bob, cy, "to cy only");
    await send(cy, undefined, "broadcast");
    await send(cy, ada, "to ada, newest");
    await setMessageStatus(operator, first.id, "read");

    const inbox = await listInbox(ada, 1);
    expect(inbox.items.map((m) => m.messageSubject)).toEqual([
      "to ada, newest",
      "broadcast",
      "to ada, later read",
    ]);
    expect(inbox).toMatchObject({ total: 3, unread: 2 });
    expect(inbox.items[0]).toMatchObject({
      messageBody: { text: "about to ada, newest" },
      from: { name: "cy" },
    });
    expect((await listInbox(bob, 1)).items.map((m) => m.messageSubject)).toEqual(["broadcast"]);
    expect(await countUnreadMessages()).toBe(3);
  });

  it("pages unread and read messages in order across page boundaries", async () => {
    await runSql(
      database.url,
      `INSERT INTO claude_mission_control.instance_messages (from_identity_id, to_identity_id, message_type, message_subject, message_body, status, created_at)
       SELECT $1, $2, 'notification', 'bulk ' || n, '{"text":"x"}', CASE WHEN n % 2 = 0 THEN 'read' ELSE 'unread' END, now() - n * interval '1 minute'
         FROM generate_series(1, 60) n`,
      [cy, bob],
    );
    const pages = await Promise.all([1, 2, 3].map((page) => listInbox(bob, page)));
    const all = pages.flatMap((page) => page.items);
    expect(pages[0]).toMatchObject({ total: 61, unread: 31, pageCount: 3 });
    expect(all).toHaveLength(61);
    expect(new Set(all.map((m) => m.id)).size).toBe(61);
    const firstRead = all.findIndex((m) => m.status !== "unread");
    expect(firstRead).toBe(31);
    expect(all.slice(firstRead).every((m) => m.status !== "unread")).toBe(true);
    expect(pages[0]?.items).toHaveLength(INBOX_PAGE_SIZE);
  });

  it("marks messages processed, audits sends and changes, and refuses viewers and unknown identities", async () => {
    const message = await send(ada, bob, "to process");
    await setMessageStatus(operator, message.id, "processed");
    const stored = await getDb().instanceMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(stored.status).toBe("processed");
    expect(stored.readAt).not.toBeNull();
    const audit = await getDb().auditLog.findMany({ where: { targetId: message.id } });
    expect(audit.map((entry) => entry.operation).sort()).toEqual([
      "mark_message_processed",
      "send_message",
    ]);
    expect(audit.find((entry) => entry.operation === "send_message")?.identityId).toBe(ada);

    const before = await getDb().instanceMessage.count();
    await expect(
      sendMessage(
        { ...operator, role: "viewer" },
        newMessageSchema.parse({
          fromIdentityId: ada,
          toIdentityId: "",
          type: "question",
          subject: "x",
          body: "y",
        }),
      ),
    ).rejects.toThrow(ForbiddenError);
    await expect(send(ada, "00000000-0000-4000-8000-000000000000", "nobody")).rejects.toThrow(
      UserInputError,
    );
    expect(await getDb().instanceMessage.count()).toBe(before);
    expect(
      newMessageSchema.safeParse({ fromIdentityId: ada, type: "gossip", subject: "x", body: "y" })
        .success,
    ).toBe(false);
  });
});
