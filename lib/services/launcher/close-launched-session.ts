import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findLaunchWithSession } from "@/lib/data/launches/find-launch-with-session";
import { writeSessionEnd } from "@/lib/data/sessions/write-session-end";
import { inTransaction } from "@/lib/data/transaction";
import { notify } from "@/lib/services/notifications/notify";

/**
 * Closes the session row of a launch that ended, with its outcome as the summary when the agent
 * wrote none. Closing twice changes nothing.
 */
export async function closeLaunchedSession(sessionId: string) {
  return inTransaction(async (tx) => {
    const launch = await findLaunchWithSession(tx, sessionId);
    if (!launch || launch.session.sessionEnd) return { closed: false };
    const metadata =
      launch.session.sessionMetadata && typeof launch.session.sessionMetadata === "object"
        ? launch.session.sessionMetadata
        : {};
    await writeSessionEnd(tx, sessionId, {
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
    });
    await insertAuditEntry(tx, {
      operation: "close_session",
      targetType: "session",
      targetId: sessionId,
      details: { by: "launcher", status: launch.status },
      identityId: launch.session.identityId,
    });
    await notify(tx, {
      kind: launch.outcome?.startsWith("Stopped at a permission prompt")
        ? "needs_input"
        : "session_finished",
      key: `session:${sessionId}`,
      summary: `${launch.status}: ${launch.outcome ?? ""}`,
      sessionId,
    });
    return { closed: true };
  });
}
