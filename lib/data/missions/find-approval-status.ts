import { getDb } from "@/lib/db";

/** The approval's status; throws when there is no such approval. */
export async function findApprovalStatus(approvalId: string) {
  const approval = await getDb().approval.findUniqueOrThrow({ where: { id: approvalId } });
  return approval.status;
}
