import { getDb } from "@/lib/db";

export function listRecentAudit(take = 10) {
  return getDb().auditLog.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      operation: true,
      targetType: true,
      createdAt: true,
      user: { select: { email: true } },
      identity: { select: { name: true } },
    },
  });
}
