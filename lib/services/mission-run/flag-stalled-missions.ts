import { listStalledMissions } from "@/lib/data/missions/list-stalled-missions";
import { recordMissionStalled } from "@/lib/data/missions/record-mission-stalled";
import { notifyNow } from "@/lib/services/notifications/notify";

export const STALL_MINUTES = 30;

/**
 * The mission heartbeat's check (DESIGN §4): a running mission that shows no progress (no unit
 * started, finished or printed, no merge, no round) for the stall threshold gets a
 * `mission_stalled` audit entry, once per quiet spell; the overview and audit log show it. A
 * mission waiting for a person's approval is not stalled.
 */
export async function flagStalledMissions(now = new Date()) {
  const stalled = await listStalledMissions(new Date(now.getTime() - STALL_MINUTES * 60_000));
  for (const mission of stalled) {
    await recordMissionStalled(
      mission.id,
      {
        lastActivity: mission.last_activity.toISOString(),
        idleMinutes: Math.floor((now.getTime() - mission.last_activity.getTime()) / 60_000),
      },
      now,
    );
    await notifyNow({
      kind: "stall",
      key: `stall:${mission.id}:${mission.last_activity.toISOString()}`,
      summary: `No progress for ${Math.floor((now.getTime() - mission.last_activity.getTime()) / 60_000)} minutes.`,
      missionId: mission.id,
    });
  }
  return stalled.map((mission) => mission.id);
}
