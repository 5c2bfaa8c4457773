import { NextResponse } from "next/server";
import { readQuery } from "@/lib/api/read-query";
import { withActor } from "@/lib/api/with-actor";
import { listInbox } from "@/lib/data/messages/list-inbox";
import { sendMessage } from "@/lib/services/messages/send-message";
import { apiInboxQuerySchema } from "@/lib/validation/api-v1";
import { newMessageSchema } from "@/lib/validation/messages";

export const dynamic = "force-dynamic";

/** An identity's inbox (`?identityId=`): messages to it and broadcasts, unread first. */
export const GET = withActor({ role: "viewer" }, async ({ request }) => {
  const query = readQuery(request, apiInboxQuerySchema);
  if ("response" in query) return query.response;
  return NextResponse.json(await listInbox(query.data.identityId, query.data.page));
});

/** Sends a message from one identity to another, or to all (no `toIdentityId`). */
export const POST = withActor(
  { role: "operator", body: newMessageSchema },
  async ({ actor, body }) => {
    const message = await sendMessage(actor, body);
    return NextResponse.json(
      { id: message.id, to: body.toIdentityId ?? "broadcast" },
      { status: 201 },
    );
  },
);
