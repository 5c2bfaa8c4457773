import { findApprovalForLink } from "@/lib/data/notifications/find-approval-for-link";
import { findApprovalLink } from "@/lib/data/notifications/find-approval-link";
import {
  approvalLinkSignatureMatches,
  linkIdOfToken,
} from "@/lib/services/notifications/approval-link-token";

export type ApprovalLinkRefusal = "invalid" | "used" | "expired" | "decided";

export const REFUSAL_MESSAGES: Record<ApprovalLinkRefusal, string> = {
  invalid: "This is not a valid approval link: it may have been altered or cut short.",
  used: "This approval link was already used. Each link works once.",
  expired: "This approval link has expired: the approval's time ran out.",
  decided: "This approval was already decided (or withdrawn); the link no longer works.",
};

/**
 * What a link decides, if it still may: signed by us, not used, not expired, its approval still
 * pending. Otherwise the reason it may not.
 */
export async function readApprovalLink(token: string, now = new Date()) {
  const id = linkIdOfToken(token);
  const link = id ? await findApprovalLink(id) : null;
  if (!link || !approvalLinkSignatureMatches(token, link)) return { refused: "invalid" as const };
  if (link.usedAt) return { refused: "used" as const };
  if (link.expiresAt <= now) return { refused: "expired" as const };
  const approval = await findApprovalForLink(link.approvalId);
  if (!approval) return { refused: "invalid" as const };
  if (approval.status !== "pending") return { refused: "decided" as const };
  if (approval.timeoutAt <= now) return { refused: "expired" as const };
  return { link, approval, decision: link.decision as "approved" | "rejected" };
}
