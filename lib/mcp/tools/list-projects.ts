import { listLauncherProjects } from "@/lib/data/projects/list-launcher-projects";
import { defineTool } from "@/lib/mcp/define-tool";

export const listProjectsTool = defineTool({
  name: "list_projects",
  description:
    "Every registered project: id, name, folder, type, open feedback and unclosed sessions.",
  role: "viewer",
  input: {},
  run: async () => ({ projects: await listLauncherProjects() }),
});
