import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findChannelWithSecrets } from "@/lib/data/notifications/find-channel-with-secrets";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import { channelRequest } from "@/lib/services/notifications/channel-requests";
import { linkBaseUrl } from "@/lib/services/notifications/link-base-url";
import { postNotification } from "@/lib/services/notifications/post-json";

/** Sends a test message at once and says how it went; audited either way. */
export async function testChannel(actor: Actor, channelId: string) {
  authorize(actor, "admin");
  const channel = await findChannelWithSecrets(channelId);
  if (!channel) throw new UserInputError("That channel no longer exists.");
  const request = channelRequest(
    channel,
    {
      kind: "test",
      title: "Mission Control test",
      body: `A test from Mission Control, sent by ${actor.name}.`,
      url: await linkBaseUrl(),
    },
    `msg_test_${Date.now()}`,
  );
  let error: string | undefined;
  await postNotification(request.url, request.body, request.headers).catch((caught: Error) => {
    error = caught.message;
  });
  await inTransaction((tx) =>
    insertAuditEntry(tx, {
      operation: "notification_channel.tested",
      targetType: "notification_channel",
      targetId: channelId,
      details: { delivered: !error, ...(error ? { error } : {}) },
      userId: actor.userId,
    }),
  );
  if (error) throw new UserInputError(`The test was not delivered. ${error}`);
  return { delivered: true };
}
