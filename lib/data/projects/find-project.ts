import { getDb } from "@/lib/db";

export function findProject(id: string) {
  return getDb().projectWorkspace.findUnique({ where: { id } });
}
