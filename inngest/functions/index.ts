import { runnerHeartbeat } from "@/inngest/functions/runner-heartbeat";
import { runnerPing } from "@/inngest/functions/runner-ping";

export const functions = [runnerHeartbeat, runnerPing];
