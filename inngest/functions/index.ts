import { missionHeartbeat } from "@/inngest/functions/mission-heartbeat";
import { missionRun } from "@/inngest/functions/mission-run";
import { missionRunCancelled } from "@/inngest/functions/mission-run-cancelled";
import { runnerHeartbeat } from "@/inngest/functions/runner-heartbeat";
import { runnerPing } from "@/inngest/functions/runner-ping";
import { sessionLaunch } from "@/inngest/functions/session-launch";

export const functions = [
  runnerHeartbeat,
  runnerPing,
  sessionLaunch,
  missionRun,
  missionRunCancelled,
  missionHeartbeat,
];
