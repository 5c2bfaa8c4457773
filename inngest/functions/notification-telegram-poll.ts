import { cron, type Inngest } from "inngest";
import { pollTelegramReplies } from "@/lib/services/notifications/poll-telegram-replies";

/** Every minute: approvals answered in a Telegram channel's chat (buttons or /approve <id>). */
export const notificationTelegramPollFunction = (client: Inngest.Any) =>
  client.createFunction(
    {
      id: "notification-telegram-poll",
      name: "Read Telegram replies",
      triggers: [cron("* * * * *")],
      retries: 0,
    },
    async ({ step }) => step.run("poll-telegram", () => pollTelegramReplies()),
  );
