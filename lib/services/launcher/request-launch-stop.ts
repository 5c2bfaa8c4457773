import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findLaunchInTransaction } from "@/lib/data/launches/find-launch-in-transaction";
import { markLaunchStopRequested } from "@/lib/data/launches/mark-launch-stop-requested";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";

/** Asks a running launch to stop; the step running the agent sees it within a second. */
export async function requestLaunchStop(actor: Actor, sessionId: string) {
  authorize(actor, "operator");
  await inTransaction(async (tx) => {
    const launch = await findLaunchInTransaction(tx, sessionId);
    if (!launch) throw new UserInputError("Unknown session launch.");
    if (!["queued", "running"].includes(launch.status))
      throw new UserInputError("This launch has already ended.");
    await markLaunchStopRequested(tx, sessionId);
    await insertAuditEntry(tx, {
      operation: "stop_session_launch",
      targetType: "session",
      targetId: sessionId,
      userId: actor.userId,
    });
  });
}
