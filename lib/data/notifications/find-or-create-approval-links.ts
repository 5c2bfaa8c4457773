import { getDb } from "@/lib/db";

export type ApprovalLinkRow = {
  id: string;
  approvalId: string;
  decision: string;
  expiresAt: Date;
};

/** The approve and reject links of an approval, made once (every channel sends the same pair). */
export async function findOrCreateApprovalLinks(approvalId: string, expiresAt: Date) {
  await getDb().approvalLink.createMany({
    data: ["approved", "rejected"].map((decision) => ({ approvalId, decision, expiresAt })),
    skipDuplicates: true,
  });
  const rows = await getDb().approvalLink.findMany({
    where: { approvalId },
    select: { id: true, approvalId: true, decision: true, expiresAt: true },
  });
  const approve = rows.find((row) => row.decision === "approved");
  const reject = rows.find((row) => row.decision === "rejected");
  if (!approve || !reject) throw new Error(`The links of approval ${approvalId} are missing.`);
  return { approve, reject };
}
