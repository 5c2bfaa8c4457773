import { cron, type Inngest } from "inngest";
import { recordRunnerHeartbeat } from "@/lib/services/runner-health/runner-heartbeat";

export const runnerHeartbeatFunction = (client: Inngest.Any) =>
  client.createFunction(
    { id: "runner-heartbeat", name: "Runner heartbeat", triggers: [cron("* * * * *")], retries: 0 },
    async ({ step }) => step.run("record-tick", () => recordRunnerHeartbeat("cron")),
  );
