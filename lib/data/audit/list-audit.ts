import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilters } from "@/lib/validation/audit";

export const AUDIT_PAGE_SIZE = 50;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The audit log, newest first, filtered; dates are whole UTC days, `to` included. */
export async function listAudit(filters: AuditFilters) {
  const createdAt: Prisma.DateTimeNullableFilter = {};
  if (filters.from) createdAt.gte = new Date(`${filters.from}T00:00:00Z`);
  if (filters.to) createdAt.lt = new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + DAY_MS);
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.operation ? { operation: filters.operation } : {}),
    ...(filters.user ? { userId: filters.user } : {}),
    ...(filters.identity ? { identityId: filters.identity } : {}),
    ...(filters.target ? { targetType: filters.target } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
  const db = getDb();
  const [items, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        operation: true,
        targetType: true,
        targetId: true,
        details: true,
        createdAt: true,
        user: { select: { email: true } },
        identity: { select: { name: true } },
      },
    }),
    db.auditLog.count({ where }),
  ]);
  return {
    items,
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}
export type AuditItem = Awaited<ReturnType<typeof listAudit>>["items"][number];

export async function listAuditFilterOptions() {
  const db = getDb();
  // SELECT DISTINCT in the database: the log can hold many rows.
  const [operations, targets, users, identities] = await Promise.all([
    db.$queryRaw<
      { value: string }[]
    >`SELECT DISTINCT operation AS value FROM claude_mission_control.audit_log ORDER BY 1`,
    db.$queryRaw<
      { value: string }[]
    >`SELECT DISTINCT target_type AS value FROM claude_mission_control.audit_log WHERE target_type IS NOT NULL ORDER BY 1`,
    db.user.findMany({ select: { id: true, email: true }, orderBy: { email: "asc" } }),
    db.identity.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    operations: operations.map((row) => row.value),
    targets: targets.map((row) => row.value),
    users,
    identities,
  };
}
