import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { UNIT_DONE_STATUSES } from "@/lib/validation/missions";

export const MISSIONS_PAGE_SIZE = 25;

export type MissionListItem = {
  mission_id: string;
  objective: string;
  status: string;
  project_name: string;
  cost_usd: number;
  budget_usd: number | null;
  created_at: Date;
  finished_at: Date | null;
  cancel_requested_at: Date | null;
  units_total: number;
  units_done: number;
  units_merged: number;
  pending_approvals: number;
};

/** One page of missions, newest first, with their project and unit progress. */
export async function listMissions(page: number) {
  const offset = (page - 1) * MISSIONS_PAGE_SIZE;
  const done = Prisma.join(UNIT_DONE_STATUSES);
  const [items, total] = await Promise.all([
    getDb().$queryRaw<MissionListItem[]>`
      SELECT m.mission_id, m.objective, m.status, p.project_name, m.cost_usd, m.budget_usd,
             m.created_at, m.finished_at, m.cancel_requested_at,
             u.units_total, u.units_done, u.units_merged, a.pending_approvals
        FROM claude_mission_control.missions m
        JOIN claude_family.project_workspaces p ON p.project_id = m.project_id
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS units_total,
                 (count(*) FILTER (WHERE w.status IN (${done})))::int AS units_done,
                 (count(*) FILTER (WHERE w.status = 'merged'))::int AS units_merged
            FROM claude_mission_control.work_units w
           WHERE w.mission_id = m.mission_id) u
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS pending_approvals
            FROM claude_mission_control.approvals ap
           WHERE ap.mission_id = m.mission_id AND ap.status = 'pending') a
       ORDER BY m.created_at DESC, m.mission_id DESC
       LIMIT ${MISSIONS_PAGE_SIZE} OFFSET ${offset}`,
    getDb().mission.count(),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / MISSIONS_PAGE_SIZE)) };
}
