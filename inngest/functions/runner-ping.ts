import type { Inngest } from "inngest";
import { runnerPingRequested } from "@/inngest/events";
import { recordRunnerHeartbeat } from "@/lib/services/runner-health/runner-heartbeat";

/** Answers the "ping the runner" button: an event delivered through the outbox ends here. */
export const runnerPingFunction = (client: Inngest.Any) =>
  client.createFunction(
    { id: "runner-ping", name: "Runner ping", triggers: [runnerPingRequested], retries: 2 },
    async ({ event, step }) =>
      step.run("record-ping", () => recordRunnerHeartbeat(`ping by ${event.data.requestedBy}`)),
  );
