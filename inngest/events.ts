import { eventType } from "inngest";
import { z } from "zod";
import { notificationEventSchema } from "@/lib/validation/notifications";

// Every event Mission Control sends, named `domain/noun.verb`, with the schema its data must fit.

export const runnerPingRequested = eventType("runner/ping.requested", {
  schema: z.object({ requestedBy: z.string().min(1) }),
});

export const sessionLaunchRequested = eventType("hub/session.launch-requested", {
  schema: z.object({ sessionId: z.uuid() }),
});

export const missionStartRequested = eventType("mission/mission.start-requested", {
  // The project keys the one-mission-at-a-time limit: missions of a project share its green branch.
  schema: z.object({ missionId: z.uuid(), projectId: z.uuid().optional() }),
});

export const missionCancelRequested = eventType("mission/mission.cancel-requested", {
  schema: z.object({ missionId: z.uuid() }),
});

export const approvalDecided = eventType("mission/approval.decided", {
  schema: z.object({
    approvalId: z.uuid(),
    missionId: z.uuid(),
    decision: z.enum(["approved", "rejected"]),
  }),
});

export const notificationRaised = eventType("notification/event.raised", {
  schema: notificationEventSchema,
});

export const notificationDeliveryRequested = eventType("notification/delivery.requested", {
  schema: z.object({ deliveryId: z.uuid() }),
});

export const githubCommentRequested = eventType("webhook/github.comment-requested", {
  // A comment on the issue a GitHub delivery started a mission from: when it starts and ends.
  schema: z.object({ deliveryId: z.uuid(), kind: z.enum(["started", "finished"]) }),
});

export const appEvents = [
  runnerPingRequested,
  sessionLaunchRequested,
  missionStartRequested,
  missionCancelRequested,
  approvalDecided,
  notificationRaised,
  notificationDeliveryRequested,
  githubCommentRequested,
] as const;
