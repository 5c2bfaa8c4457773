import { getDb } from "@/lib/db";

export type LauncherProject = {
  id: string;
  name: string;
  path: string;
  type: string | null;
  description: string | null;
  lastSessionStart: Date | null;
  lastSessionIdentity: string | null;
  openFeedback: number;
  unclosedSessions: number;
};

/** Every project with what its launcher card shows: last session, open feedback, unclosed sessions. */
export function listLauncherProjects() {
  return getDb().$queryRaw<LauncherProject[]>`
    SELECT p.project_id AS id, p.project_name AS name, p.project_path AS path,
           p.project_type AS type, p.description,
           last.session_start AS "lastSessionStart", last.identity_name AS "lastSessionIdentity",
           (SELECT count(*)::int FROM claude_pm.project_feedback f
             WHERE f.project_id = p.project_id
               AND (f.status IS NULL OR f.status NOT IN ('resolved', 'wont_fix'))) AS "openFeedback",
           (SELECT count(*)::int FROM claude_family.session_history s
             WHERE s.project_name = p.project_name AND s.session_end IS NULL) AS "unclosedSessions"
      FROM claude_family.project_workspaces p
      LEFT JOIN LATERAL (
        SELECT s.session_start, i.identity_name
          FROM claude_family.session_history s
          LEFT JOIN claude_family.identities i ON i.identity_id = s.identity_id
         WHERE s.project_name = p.project_name
         ORDER BY s.session_start DESC NULLS LAST
         LIMIT 1) last ON true
     ORDER BY p.project_name`;
}
