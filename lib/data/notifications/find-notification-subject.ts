import { getDb } from "@/lib/db";

/** What a notification names: the mission and its project, the approval, the session. */
export async function findNotificationSubject(ids: {
  missionId?: string;
  approvalId?: string;
  sessionId?: string;
}) {
  const [mission, approval, session] = await Promise.all([
    ids.missionId
      ? getDb().mission.findUnique({
          where: { id: ids.missionId },
          select: {
            id: true,
            objective: true,
            status: true,
            resultSummary: true,
            project: { select: { name: true } },
          },
        })
      : null,
    ids.approvalId
      ? getDb().approval.findUnique({
          where: { id: ids.approvalId },
          select: { id: true, kind: true, summary: true, status: true, timeoutAt: true },
        })
      : null,
    ids.sessionId
      ? getDb().sessionLaunch.findUnique({
          where: { sessionId: ids.sessionId },
          select: { status: true, outcome: true, project: { select: { name: true } } },
        })
      : null,
  ]);
  return { mission, approval, session };
}
