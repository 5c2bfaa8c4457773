import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";
import { resolveProjectPath } from "@/lib/services/projects/resolve-project-path";
import type { ProjectInput } from "@/lib/validation/projects";

/** Registers a project (no `projectId`) or edits one; the name stays unique. */
export async function saveProject(actor: Actor, input: ProjectInput, projectId?: string) {
  authorize(actor, "operator");
  const folder = await resolveProjectPath(input.path);
  const project = await getDb().$transaction(async (tx) => {
    const sameName = await tx.projectWorkspace.findUnique({ where: { name: input.name } });
    if (sameName && sameName.id !== projectId)
      throw new UserInputError("Another project has this name.", "name");
    if (projectId && !(await tx.projectWorkspace.findUnique({ where: { id: projectId } })))
      throw new UserInputError("Unknown project.");
    const data = {
      name: input.name,
      path: folder.path,
      type: input.type,
      description: input.description,
      updatedAt: new Date(),
    };
    const saved = projectId
      ? await tx.projectWorkspace.update({ where: { id: projectId }, data })
      : await tx.projectWorkspace.create({ data: { ...data, createdAt: new Date() } });
    await insertAuditEntry(tx, {
      operation: projectId ? "update_project" : "create_project",
      targetType: "project",
      targetId: saved.id,
      details: { name: saved.name, path: saved.path, gitRepository: folder.isGitRepository },
      userId: actor.userId,
    });
    return saved;
  });
  return { project, isGitRepository: folder.isGitRepository };
}
