import { approvalDecided } from "@/inngest/events";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";
import { parseMissionInput } from "@/lib/services/missions/parse-mission-input";
import { type ApprovalDecision, approvalDecisionInputSchema } from "@/lib/validation/missions";

const RESEND_AFTER_MS = 15_000;

const DECIDED: Record<string, string> = {
  approved: "approved",
  rejected: "rejected",
  timed_out: "timed out",
};

/**
 * Approves or rejects a pending approval before its timeout, once: the decision, its audit row and
 * the event the waiting mission listens for go in one transaction.
 */
export async function decideApproval(actor: Actor, approvalId: string, decision: ApprovalDecision) {
  authorize(actor, "operator");
  parseMissionInput(approvalDecisionInputSchema, { approvalId, decision });
  return getDb().$transaction(async (tx) => {
    const now = new Date();
    // Checked and set in one statement, so two decisions at once cannot both win.
    const decided = await tx.approval.updateMany({
      where: { id: approvalId, status: "pending", timeoutAt: { gt: now } },
      data: { status: decision, decidedAt: now, decidedByUserId: actor.userId },
    });
    const approval = await tx.approval.findUnique({
      where: { id: approvalId },
      select: { missionId: true, kind: true, status: true, summary: true },
    });
    if (!approval) throw new UserInputError("Unknown approval.");
    if (decided.count === 0) {
      if (approval.status === "pending")
        throw new UserInputError("This approval timed out; it can no longer be decided.");
      throw new UserInputError(
        `This approval was already ${DECIDED[approval.status] ?? approval.status}.`,
      );
    }
    await insertAuditEntry(tx, {
      operation: decision === "approved" ? "approve_mission_action" : "reject_mission_action",
      targetType: "approval",
      targetId: approvalId,
      details: { missionId: approval.missionId, kind: approval.kind, summary: approval.summary },
      userId: actor.userId,
    });
    const data = { approvalId, missionId: approval.missionId, decision };
    await insertOutboxEvent(tx, { name: approvalDecided.name, data });
    // A decision can land between the mission's check and its wait starting; the wait only sees
    // later events, so the same decision is sent again a little later (a second match is harmless).
    await insertOutboxEvent(tx, {
      name: approvalDecided.name,
      data,
      sendAt: new Date(now.getTime() + RESEND_AFTER_MS),
    });
  });
}
