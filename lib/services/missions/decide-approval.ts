import { approvalDecided } from "@/inngest/events";
import type { Actor } from "@/lib/auth/actor";
import { authorize, requirePerson } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { decidePendingApproval } from "@/lib/data/missions/decide-pending-approval";
import { findApproval } from "@/lib/data/missions/find-approval";
import { findMissionInTransaction } from "@/lib/data/missions/find-mission-in-transaction";
import { updateMissionBudget } from "@/lib/data/missions/update-mission-budget";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import { inTransaction, type Transaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import { parseMissionInput } from "@/lib/services/missions/parse-mission-input";
import { type ApprovalDecision, approvalDecisionInputSchema } from "@/lib/validation/missions";

const RESEND_AFTER_MS = 15_000;

const DECIDED: Record<string, string> = {
  approved: "approved",
  rejected: "rejected",
  timed_out: "timed out",
};

/** Going on past a spent budget takes a higher one; the same transaction records it. */
async function raiseBudget(tx: Transaction, missionId: string, budgetUsd: number | undefined) {
  const mission = await findMissionInTransaction(tx, missionId);
  if (budgetUsd === undefined || budgetUsd <= mission.costUsd)
    throw new UserInputError(
      `To go on, enter a budget above what the mission has spent ($${mission.costUsd.toFixed(2)}).`,
      "budgetUsd",
    );
  await updateMissionBudget(tx, missionId, budgetUsd);
  return budgetUsd;
}

/**
 * Approves or rejects a pending approval before its timeout, once: the decision, its audit row and
 * the event the waiting mission listens for go in one transaction.
 */
export async function decideApproval(
  actor: Actor,
  approvalId: string,
  decision: ApprovalDecision,
  budgetUsd?: number,
) {
  requirePerson(authorize(actor, "operator"));
  parseMissionInput(approvalDecisionInputSchema, { approvalId, decision, budgetUsd });
  const userId = actor.via === "system" ? null : actor.userId;
  return inTransaction(async (tx) => {
    const now = new Date();
    const decided = await decidePendingApproval(tx, approvalId, {
      status: decision,
      userId,
      at: now,
    });
    const approval = await findApproval(tx, approvalId);
    if (!approval) throw new UserInputError("Unknown approval.");
    if (!decided) {
      if (approval.status === "pending")
        throw new UserInputError("This approval timed out; it can no longer be decided.");
      throw new UserInputError(
        `This approval was already ${DECIDED[approval.status] ?? approval.status}.`,
      );
    }
    const raised =
      approval.kind === "budget" && decision === "approved"
        ? await raiseBudget(tx, approval.missionId, budgetUsd)
        : undefined;
    await insertAuditEntry(tx, {
      operation: decision === "approved" ? "approve_mission_action" : "reject_mission_action",
      targetType: "approval",
      targetId: approvalId,
      details: {
        missionId: approval.missionId,
        kind: approval.kind,
        summary: approval.summary,
        ...(raised === undefined ? {} : { budgetUsd: raised }),
        ...(userId ? {} : { decidedBy: actor.name }),
      },
      userId,
    });
    const data = { approvalId, missionId: approval.missionId, decision };
    await insertOutboxEvent(tx, approvalDecided, data);
    // A decision can land between the mission's check and its wait starting; the wait only sees
    // later events, so the same decision is sent again a little later (a second match is harmless).
    await insertOutboxEvent(tx, approvalDecided, data, {
      sendAt: new Date(now.getTime() + RESEND_AFTER_MS),
    });
  });
}
