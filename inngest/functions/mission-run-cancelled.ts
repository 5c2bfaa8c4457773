import type { Inngest } from "inngest";
import {
  type CancelledRunSteps,
  missionRunCancelledTrigger,
  stopMissionOfCancelledRun,
} from "@/inngest/functions/mission-run-cancelled-steps";

/** A mission whose run was cancelled from outside (the runs page) still ends as cancelled. */
export const missionRunCancelledFunction = (client: Inngest.Any) =>
  client.createFunction(
    {
      id: "mission-run-cancelled",
      name: "End a mission whose run was cancelled",
      triggers: [missionRunCancelledTrigger],
      retries: 3,
    },
    async ({ event, step }) =>
      stopMissionOfCancelledRun(event, step as unknown as CancelledRunSteps),
  );
