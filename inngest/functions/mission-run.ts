import type { Inngest } from "inngest";
import { missionStartRequested } from "@/inngest/events";
import { type MissionSteps, runMissionSteps } from "@/inngest/functions/mission-run-steps";
import { finishMission } from "@/lib/services/mission-run/finish-mission";

/** Runs one mission from start to finish; a run that fails for good still ends the mission. */
export const missionRunFunction = (client: Inngest.Any) =>
  client.createFunction(
    {
      id: "mission-run",
      name: "Run a mission",
      triggers: [missionStartRequested],
      retries: 2,
      concurrency: [{ key: "event.data.projectId", limit: 1 }],
      onFailure: async ({ event, error, step }) => {
        await step.run("record-failure", () =>
          finishMission(event.data.event.data.missionId, {
            stopReason: "the mission run failed",
            verification: null,
            failure: error.message,
          }),
        );
      },
    },
    async ({ event, step }) =>
      runMissionSteps(event.data.missionId, step as unknown as MissionSteps),
  );
