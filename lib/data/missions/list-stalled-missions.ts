import { getDb } from "@/lib/db";

/**
 * Running missions whose last sign of progress (start, a unit started, finished or printed, a
 * merge, a round, a decided approval) is older than `quietSince`, and that have no
 * `mission_stalled` audit entry since then.
 */
export function listStalledMissions(quietSince: Date) {
  return getDb().$queryRaw<{ id: string; last_activity: Date }[]>`
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
       AND activity.at < ${quietSince}
       AND NOT EXISTS (
         SELECT 1 FROM claude_mission_control.audit_log l
          WHERE l.target_id = m.mission_id AND l.operation = 'mission_stalled'
            AND l.created_at >= activity.at)`;
}
