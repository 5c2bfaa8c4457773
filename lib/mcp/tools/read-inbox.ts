import { z } from "zod";
import { listInbox } from "@/lib/data/messages/list-inbox";
import { defineTool } from "@/lib/mcp/define-tool";

export const readInboxTool = defineTool({
  name: "read_inbox",
  description:
    "An identity's inbox: messages to it and broadcasts, unread first, then newest, 25 a page.",
  role: "viewer",
  input: { identityId: z.uuid(), page: z.int().min(1).max(100_000).default(1) },
  run: async (_actor, { identityId, page }) => listInbox(identityId, page),
});
