import { eventType } from "inngest";
import { z } from "zod";

// Every event Mission Control sends, named `domain/noun.verb`, with the schema its data must fit.

export const runnerPingRequested = eventType("runner/ping.requested", {
  schema: z.object({ requestedBy: z.string().min(1) }),
});

export const sessionLaunchRequested = eventType("hub/session.launch-requested", {
  schema: z.object({ sessionId: z.uuid() }),
});

export const appEvents = [runnerPingRequested, sessionLaunchRequested] as const;
