import { z } from "zod";
import { defineTool } from "@/lib/mcp/define-tool";
import { sendMessage } from "@/lib/services/messages/send-message";
import { parseMissionInput } from "@/lib/services/missions/parse-mission-input";
import { MESSAGE_TYPES, newMessageSchema } from "@/lib/validation/messages";

export const sendMessageTool = defineTool({
  name: "send_message",
  description:
    "Sends a message from one identity to another, or to every identity when toIdentityId is left out (a broadcast).",
  role: "operator",
  input: {
    fromIdentityId: z.uuid(),
    toIdentityId: z.uuid().optional().describe("Leave out to broadcast."),
    type: z.enum(MESSAGE_TYPES),
    subject: z.string().trim().min(1).max(200),
    body: z.string().trim().min(1).max(10_000),
  },
  run: async (actor, args) => {
    const message = await sendMessage(actor, parseMissionInput(newMessageSchema, args));
    return { id: message.id, to: args.toIdentityId ?? "broadcast" };
  },
});
