import { findProject } from "@/lib/data/projects/find-project";
import { findProjectByNameOrId } from "@/lib/data/projects/find-project-by-name-or-id";
import { UserInputError } from "@/lib/errors/user-input-error";

/** The project a tool names by its name or id, or a message naming the field. */
export async function requireProject(nameOrId: string, field = "project") {
  const named = await findProjectByNameOrId(nameOrId);
  const project = named ? await findProject(named.id) : null;
  if (!project) throw new UserInputError(`Unknown project "${nameOrId}".`, field);
  return project;
}
