import { getDb } from "@/lib/db";

/** The approval a link decides, with its mission and project, for the confirmation page. */
export function findApprovalForLink(approvalId: string) {
  return getDb().approval.findUnique({
    where: { id: approvalId },
    select: {
      id: true,
      kind: true,
      status: true,
      summary: true,
      timeoutAt: true,
      mission: {
        select: {
          id: true,
          objective: true,
          costUsd: true,
          budgetUsd: true,
          project: { select: { name: true } },
        },
      },
    },
  });
}
