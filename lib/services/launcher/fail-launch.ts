import { updateLaunch } from "@/lib/data/launches/update-launch";
import { closeLaunchedSession } from "@/lib/services/launcher/close-launched-session";

/** When the launch function itself failed for good: the launch must not stay "running". */
export async function failLaunch(sessionId: string, reason: string) {
  await updateLaunch(sessionId, {
    status: "failed",
    outcome: `The launch failed: ${reason}`,
    finishedAt: new Date(),
  });
  await closeLaunchedSession(sessionId);
}
