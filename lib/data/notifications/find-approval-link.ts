import { getDb } from "@/lib/db";

/** A link with what its page shows: the approval, its mission and project. */
export function findApprovalLink(id: string) {
  return getDb().approvalLink.findUnique({ where: { id } });
}
