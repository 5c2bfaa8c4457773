import { cron, type Inngest } from "inngest";
import { flagStalledMissions } from "@/lib/services/mission-run/flag-stalled-missions";

/** Every five minutes: running missions that made no progress for a while are flagged. */
export const missionHeartbeatFunction = (client: Inngest.Any) =>
  client.createFunction(
    {
      id: "mission-heartbeat",
      name: "Mission heartbeat",
      triggers: [cron("*/5 * * * *")],
      retries: 0,
    },
    async ({ step }) => step.run("flag-stalled-missions", () => flagStalledMissions()),
  );
