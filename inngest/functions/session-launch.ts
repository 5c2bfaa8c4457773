import type { Inngest } from "inngest";
import { sessionLaunchRequested } from "@/inngest/events";
import { closeLaunchedSession } from "@/lib/services/launcher/close-launched-session";
import { failLaunch } from "@/lib/services/launcher/fail-launch";
import { runSessionLaunch } from "@/lib/services/launcher/run-session-launch";

/** Runs a launched session's agent to its end, then closes the session row with the outcome. */
export const sessionLaunchFunction = (client: Inngest.Any) =>
  client.createFunction(
    {
      id: "session-launch",
      name: "Launch a session",
      triggers: [sessionLaunchRequested],
      retries: 1,
      onFailure: async ({ event, error, step }) => {
        await step.run("record-failure", () =>
          failLaunch(event.data.event.data.sessionId, error.message),
        );
      },
    },
    async ({ event, step }) => {
      const outcome = await step.run("run-agent", () => runSessionLaunch(event.data.sessionId));
      await step.run("close-session", () => closeLaunchedSession(event.data.sessionId));
      return outcome;
    },
  );
