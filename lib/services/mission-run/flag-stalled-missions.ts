import { getDb } from "@/lib/db";

export const STALL_MINUTES = 30;

/**
 * The mission heartbeat's check (DESIGN §4): a running mission that shows no progress (no unit
 * started, finished or printed, no merge, no round) for the stall threshold gets a
 * `mission_stalled` audit entry, once per quiet spell; the overview and audit log show it. A
 * mission waiting for a person's approval is not stalled.
 */
export async function flagStalledMissions(now = new Date()) {
  const stalled = await getDb().$queryRaw<{ id: string; last_activity: Date }[]>`
    SELECT m.mission_id AS id, activity.at AS last_activity
      FROM claude_mission_control.missions m
      CROSS JOIN LATERAL (
        SELECT GREATEST(
          m.started_at,
          (SELECT max(GREATEST(u.started_at, u.finished_at)) FROM claude_mission_control.work_units u WHERE u.mission_id = m.mission_id),
          (SELECT max(o.created_at) FROM claude_mission_control.unit_output o
             JOIN claude_mission_control.work_units u ON u.unit_id = o.unit_id WHERE u.mission_id = m.mission_id),
          (SELECT max(g.created_at) FROM claude_mission_control.merges g WHERE g.mission_id = m.mission_id),
          (SELECT max(r.created_at) FROM claude_mission_control.mission_rounds r WHERE r.mission_id = m.mission_id),
          (SELECT max(a.decided_at) FROM claude_mission_control.approvals a WHERE a.mission_id = m.mission_id)
        ) AS at) activity
     WHERE m.status = 'running'
       AND activity.at < ${new Date(now.getTime() - STALL_MINUTES * 60_000)}
       AND NOT EXISTS (
         SELECT 1 FROM claude_mission_control.audit_log l
          WHERE l.target_id = m.mission_id AND l.operation = 'mission_stalled'
            AND l.created_at >= activity.at)`;
  for (const mission of stalled)
    await getDb().auditLog.create({
      data: {
        operation: "mission_stalled",
        targetType: "mission",
        targetId: mission.id,
        details: {
          lastActivity: mission.last_activity.toISOString(),
          idleMinutes: Math.floor((now.getTime() - mission.last_activity.getTime()) / 60_000),
        },
        createdAt: now,
      },
    });
  return stalled.map((mission) => mission.id);
}
