import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { markApprovalLinkUsed } from "@/lib/data/notifications/mark-approval-link-used";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import { decideApproval } from "@/lib/services/missions/decide-approval";
import {
  REFUSAL_MESSAGES,
  readApprovalLink,
} from "@/lib/services/notifications/read-approval-link";

/**
 * One tap on a link's confirmation page: the decision the link names, through decideApproval
 * (which audits who decided), then the link is marked used. A budget approval takes the new budget.
 */
export async function decideByLink(actor: Actor, token: string, budgetUsd?: number) {
  authorize(actor, "operator");
  const read = await readApprovalLink(token);
  if (read.refused) throw new UserInputError(REFUSAL_MESSAGES[read.refused]);
  await decideApproval(actor, read.approval.id, read.decision, budgetUsd);
  await inTransaction(async (tx) => {
    await markApprovalLinkUsed(tx, read.link.id, { userId: actor.userId, at: new Date() });
    await insertAuditEntry(tx, {
      operation: "approval_link.used",
      targetType: "approval",
      targetId: read.approval.id,
      details: { decision: read.decision, missionId: read.approval.mission.id },
      userId: actor.userId,
    });
  });
  return { decision: read.decision, missionId: read.approval.mission.id };
}
