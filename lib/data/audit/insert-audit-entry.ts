import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  operation: string;
  targetType?: string;
  targetId?: string;
  details?: Prisma.InputJsonValue;
  userId?: string | null;
  identityId?: string | null;
};

/** Runs inside the caller's transaction, so the change and its audit row land together. */
export function insertAuditEntry(tx: Prisma.TransactionClient, entry: AuditEntry) {
  return tx.auditLog.create({ data: entry });
}
