import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { getDb } from "@/lib/db";

/**
 * Closes the session row of a launch that ended, with its outcome as the summary when the agent
 * wrote none. Closing twice changes nothing.
 */
export async function closeLaunchedSession(sessionId: string) {
  return getDb().$transaction(async (tx) => {
    const launch = await tx.sessionLaunch.findUnique({
      where: { sessionId },
      include: { session: true },
    });
    if (!launch || launch.session.sessionEnd) return { closed: false };
    const metadata =
      launch.session.sessionMetadata && typeof launch.session.sessionMetadata === "object"
        ? launch.session.sessionMetadata
        : {};
    await tx.sessionHistory.update({
      where: { id: sessionId },
      data: {
        sessionEnd: launch.finishedAt ?? new Date(),
        sessionSummary:
          launch.session.sessionSummary ??
          `Launched from Mission Control (${launch.profileId}): ${launch.status}. ${launch.outcome ?? ""}`.trim(),
        sessionMetadata: {
          ...metadata,
          outcome: {
            status: launch.status,
            exitCode: launch.exitCode,
            agentSessionId: launch.agentSessionId,
            costUsd: launch.costUsd,
          },
        },
      },
    });
    await insertAuditEntry(tx, {
      operation: "close_session",
      targetType: "session",
      targetId: sessionId,
      details: { by: "launcher", status: launch.status },
      identityId: launch.session.identityId,
    });
    return { closed: true };
  });
}
