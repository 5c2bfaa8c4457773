import { approvalDecided, missionCancelRequested } from "@/inngest/events";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import { getDb } from "@/lib/db";
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
  authorize(actor, "operator");
  parseMissionInput(missionIdSchema, missionId);
  return getDb().$transaction(async (tx) => {
    // Checked and set in one statement, so two cancels at once cannot both be recorded.
    const marked = await tx.mission.updateMany({
      where: {
        id: missionId,
        cancelRequestedAt: null,
        status: { notIn: [...FINISHED_MISSION_STATUSES] },
      },
      data: { cancelRequestedAt: new Date() },
    });
    if (marked.count === 0) {
      const mission = await tx.mission.findUnique({
        where: { id: missionId },
        select: { status: true },
      });
      if (!mission) throw new UserInputError("Unknown mission.");
      if (FINISHED_MISSION_STATUSES.includes(mission.status))
        throw new UserInputError(
          `This mission has already ${ENDED[mission.status]}; there is nothing to cancel.`,
        );
      throw new UserInputError("A cancel was already requested for this mission.");
    }
    const mission = await tx.mission.findUniqueOrThrow({
      where: { id: missionId },
      select: { status: true, project: { select: { name: true } } },
    });
    await insertAuditEntry(tx, {
      operation: "cancel_mission",
      targetType: "mission",
      targetId: missionId,
      details: { project: mission.project.name, status: mission.status },
      userId: actor.userId,
    });
    await insertOutboxEvent(tx, { name: missionCancelRequested.name, data: { missionId } });
    // A mission waiting for a person's answer is woken with a "no", so it can stop.
    const pending = await tx.approval.findMany({ where: { missionId, status: "pending" } });
    await tx.approval.updateMany({
      where: { missionId, status: "pending" },
      data: { status: "rejected", decidedAt: new Date(), decidedByUserId: actor.userId },
    });
    for (const approval of pending)
      await insertOutboxEvent(tx, {
        name: approvalDecided.name,
        data: { approvalId: approval.id, missionId, decision: "rejected" },
      });
  });
}
