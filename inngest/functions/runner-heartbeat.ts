import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { recordRunnerHeartbeat } from "@/lib/services/runner-health/runner-heartbeat";

export const runnerHeartbeat = inngest.createFunction(
  { id: "runner-heartbeat", name: "Runner heartbeat", triggers: [cron("* * * * *")], retries: 0 },
  async ({ step }) => step.run("record-tick", () => recordRunnerHeartbeat("cron")),
);
