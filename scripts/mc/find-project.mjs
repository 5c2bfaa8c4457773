import { CommandError } from "./errors.mjs";

/** A project named by its name or its id, from /api/v1/projects. */
export async function findProject(client, nameOrId) {
  const { items } = await client.get("api/v1/projects");
  const project = items.find((p) => p.id === nameOrId) ?? items.find((p) => p.name === nameOrId);
  if (!project) {
    const known = items.map((p) => p.name).join(", ") || "none registered";
    throw new CommandError(`Unknown project "${nameOrId}" (projects: ${known}).`);
  }
  return project;
}
