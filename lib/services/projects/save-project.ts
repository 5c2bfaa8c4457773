import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { isUniqueViolation } from "@/lib/data/is-unique-violation";
import { findProjectByName } from "@/lib/data/projects/find-project-by-name";
import { findProjectName } from "@/lib/data/projects/find-project-name";
import { insertProject } from "@/lib/data/projects/insert-project";
import { updateProject } from "@/lib/data/projects/update-project";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import { resolveProjectPath } from "@/lib/services/projects/resolve-project-path";
import type { ProjectInput } from "@/lib/validation/projects";

const nameTaken = () => new UserInputError("Another project has this name.", "name");

/** Registers a project (no `projectId`) or edits one; the name stays unique. */
export async function saveProject(actor: Actor, input: ProjectInput, projectId?: string) {
  authorize(actor, "operator");
  const folder = await resolveProjectPath(input.path);
  const saving = inTransaction(async (tx) => {
    const sameName = await findProjectByName(tx, input.name);
    if (sameName && sameName.id !== projectId) throw nameTaken();
    if (projectId && (await findProjectName(tx, projectId)) === null)
      throw new UserInputError("Unknown project.");
    const data = {
      name: input.name,
      path: folder.path,
      type: input.type,
      description: input.description,
      updatedAt: new Date(),
    };
    const saved = projectId
      ? await updateProject(tx, projectId, data)
      : await insertProject(tx, { ...data, createdAt: new Date() });
    await insertAuditEntry(tx, {
      operation: projectId ? "update_project" : "create_project",
      targetType: "project",
      targetId: saved.id,
      details: { name: saved.name, path: saved.path, gitRepository: folder.isGitRepository },
      userId: actor.userId,
    });
    return saved;
  });
  // A concurrent save may have taken the name after this one looked.
  const project = await saving.catch((error: unknown) => {
    throw isUniqueViolation(error) ? nameTaken() : error;
  });
  return { project, isGitRepository: folder.isGitRepository };
}
