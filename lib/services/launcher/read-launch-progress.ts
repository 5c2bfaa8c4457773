import { findLaunch } from "@/lib/data/launches/find-launch";
import { listSessionOutput } from "@/lib/data/launches/list-session-output";

/** A launch's state and the output lines after `afterSeq`, for the live log. */
export async function readLaunchProgress(sessionId: string, afterSeq: number) {
  const launch = await findLaunch(sessionId);
  if (!launch) return null;
  const lines = await listSessionOutput(sessionId, afterSeq);
  return {
    status: launch.status,
    outcome: launch.outcome,
    exitCode: launch.exitCode,
    profileId: launch.profileId,
    scripted: launch.profileKind === "scripted",
    finished: ["succeeded", "failed", "cancelled"].includes(launch.status),
    stopRequested: Boolean(launch.stopRequestedAt),
    lines,
  };
}
export type LaunchProgress = NonNullable<Awaited<ReturnType<typeof readLaunchProgress>>>;
