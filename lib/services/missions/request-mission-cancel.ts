import { approvalDecided, missionCancelRequested } from "@/inngest/events";
import type { Actor } from "@/lib/auth/actor";
import { authorize, requirePerson } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findMissionStatus } from "@/lib/data/missions/find-mission-status";
import { findMissionWithProjectName } from "@/lib/data/missions/find-mission-with-project-name";
import { markMissionCancelRequested } from "@/lib/data/missions/mark-mission-cancel-requested";
import { rejectPendingApprovals } from "@/lib/data/missions/reject-pending-approvals";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import { parseMissionInput } from "@/lib/services/missions/parse-mission-input";
import { FINISHED_MISSION_STATUSES, missionIdSchema } from "@/lib/validation/missions";

const ENDED: Record<string, string> = {
  succeeded: "succeeded",
  failed: "failed",
  cancelled: "been cancelled",
};

/** Records that a person wants the mission stopped; the mission loop does the stopping. */
export async function requestMissionCancel(actor: Actor, missionId: string) {
  requirePerson(authorize(actor, "operator"));
  parseMissionInput(missionIdSchema, missionId);
  return inTransaction(async (tx) => {
    if (!(await markMissionCancelRequested(tx, missionId))) {
      const mission = await findMissionStatus(tx, missionId);
      if (!mission) throw new UserInputError("Unknown mission.");
      if (FINISHED_MISSION_STATUSES.includes(mission.status))
        throw new UserInputError(
          `This mission has already ${ENDED[mission.status]}; there is nothing to cancel.`,
        );
      throw new UserInputError("A cancel was already requested for this mission.");
    }
    const mission = await findMissionWithProjectName(tx, missionId);
    await insertAuditEntry(tx, {
      operation: "cancel_mission",
      targetType: "mission",
      targetId: missionId,
      details: { project: mission.project.name, status: mission.status },
      userId: actor.userId,
    });
    await insertOutboxEvent(tx, missionCancelRequested, { missionId });
    // A mission waiting for a person's answer is woken with a "no", so it can stop.
    const rejected = await rejectPendingApprovals(tx, missionId, actor.userId);
    for (const approval of rejected)
      await insertOutboxEvent(tx, approvalDecided, {
        approvalId: approval.id,
        missionId,
        decision: "rejected",
      });
  });
}
