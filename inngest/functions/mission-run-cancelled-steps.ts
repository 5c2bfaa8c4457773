import { z } from "zod";
import { finishMission } from "@/lib/services/mission-run/finish-mission";
import { stopCancelledRun } from "@/lib/services/mission-run/stop-cancelled-run";

/** Inngest announces every cancelled run; only the mission loop's runs carry this event. */
export const missionRunCancelledTrigger = {
  event: "inngest/function.cancelled",
  if: "event.data.event.name == 'mission/mission.start-requested'",
} as const;

const cancelledRunSchema = z.object({
  event: z.object({ data: z.object({ missionId: z.uuid() }) }),
});

// Long enough for a running unit to see the cancel and end its own agent (it looks every second).
const UNITS_STOPPING = "3s";

export type CancelledRunSteps = {
  run: <T>(id: string, work: () => Promise<T>) => Promise<T>;
  sleep: (id: string, duration: string) => Promise<unknown>;
};

export async function stopMissionOfCancelledRun(event: { data: unknown }, step: CancelledRunSteps) {
  const { missionId } = cancelledRunSchema.parse(event.data).event.data;
  const going = await step.run("record-cancel", () => stopCancelledRun(missionId));
  if (!going) return { missionId, status: "already ended" };
  await step.sleep("let-units-stop", UNITS_STOPPING);
  return step.run("finish-mission", () =>
    finishMission(missionId, { stopReason: "its run was cancelled", verification: null }),
  );
}
