import { getDb } from "@/lib/db";

/** Mandatory procedures that apply to a project: those naming it or `all`. */
export function listMandatoryProcedures(projectName: string) {
  return getDb().procedureRegistry.findMany({
    where: { mandatory: true, appliesToProjects: { hasSome: [projectName, "all"] } },
    orderBy: { name: "asc" },
  });
}

/** Every mandatory procedure, for matching against many projects at once. */
export function listAllMandatoryProcedures() {
  return getDb().procedureRegistry.findMany({
    where: { mandatory: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, appliesToProjects: true },
  });
}
