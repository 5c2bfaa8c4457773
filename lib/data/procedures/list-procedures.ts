import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProcedureFilters } from "@/lib/validation/procedures";

/** Procedures, mandatory first; a project filter keeps those naming it or `all`. */
export function listProcedures(filters: ProcedureFilters) {
  const where: Prisma.ProcedureRegistryWhereInput = {
    ...(filters.project ? { appliesToProjects: { hasSome: [filters.project, "all"] } } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.mandatory ? { mandatory: filters.mandatory === "yes" } : {}),
  };
  return getDb().procedureRegistry.findMany({
    where,
    orderBy: [{ mandatory: { sort: "desc", nulls: "last" } }, { name: "asc" }],
    take: 500,
  });
}
export type ProcedureItem = Awaited<ReturnType<typeof listProcedures>>[number];

export function findProcedure(id: string) {
  return getDb().procedureRegistry.findUnique({ where: { id } });
}

export async function listProcedureTypes() {
  const rows = await getDb().$queryRaw<{ value: string }[]>`
    SELECT DISTINCT procedure_type AS value FROM claude_family.procedure_registry WHERE procedure_type IS NOT NULL ORDER BY 1`;
  return rows.map((row) => row.value);
}
