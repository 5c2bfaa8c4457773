import type { Inngest } from "inngest";
import { inngest } from "@/inngest/client";
import { githubCommentFunction } from "@/inngest/functions/github-comment";
import { missionHeartbeatFunction } from "@/inngest/functions/mission-heartbeat";
import { missionRunFunction } from "@/inngest/functions/mission-run";
import { missionRunCancelledFunction } from "@/inngest/functions/mission-run-cancelled";
import { notificationFanOutFunction } from "@/inngest/functions/notification-fan-out";
import { notificationSendFunction } from "@/inngest/functions/notification-send";
import { notificationTelegramPollFunction } from "@/inngest/functions/notification-telegram-poll";
import { runnerHeartbeatFunction } from "@/inngest/functions/runner-heartbeat";
import { runnerPingFunction } from "@/inngest/functions/runner-ping";
import { sessionLaunchFunction } from "@/inngest/functions/session-launch";

// Each function is defined for a given client, so tests serve these very definitions (retries,
// concurrency keys, onFailure) from a client of their own.
export const appFunctionDefinitions = {
  runnerHeartbeat: runnerHeartbeatFunction,
  runnerPing: runnerPingFunction,
  sessionLaunch: sessionLaunchFunction,
  missionRun: missionRunFunction,
  missionRunCancelled: missionRunCancelledFunction,
  missionHeartbeat: missionHeartbeatFunction,
  githubComment: githubCommentFunction,
  notificationFanOut: notificationFanOutFunction,
  notificationSend: notificationSendFunction,
  notificationTelegramPoll: notificationTelegramPollFunction,
};

export const appFunctions = (client: Inngest.Any) =>
  Object.values(appFunctionDefinitions).map((define) => define(client));

export const functions = appFunctions(inngest);
