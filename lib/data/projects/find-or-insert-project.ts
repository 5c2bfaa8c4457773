import type { NewProject } from "@/lib/data/projects/insert-project";
import { getDb } from "@/lib/db";

/** The project of this name, registered first when there is none. */
export async function findOrInsertProject(project: NewProject) {
  const db = getDb();
  return (
    (await db.projectWorkspace.findUnique({ where: { name: project.name } })) ??
    (await db.projectWorkspace.create({ data: project }))
  );
}
