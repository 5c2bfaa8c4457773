import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";

/** Asks a running launch to stop; the step running the agent sees it within a second. */
export async function requestLaunchStop(actor: Actor, sessionId: string) {
  authorize(actor, "operator");
  await getDb().$transaction(async (tx) => {
    const launch = await tx.sessionLaunch.findUnique({ where: { sessionId } });
    if (!launch) throw new UserInputError("Unknown session launch.");
    if (!["queued", "running"].includes(launch.status))
      throw new UserInputError("This launch has already ended.");
    await tx.sessionLaunch.update({ where: { sessionId }, data: { stopRequestedAt: new Date() } });
    await insertAuditEntry(tx, {
      operation: "stop_session_launch",
      targetType: "session",
      targetId: sessionId,
      userId: actor.userId,
    });
  });
}
