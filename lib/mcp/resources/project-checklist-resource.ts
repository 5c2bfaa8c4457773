import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { listProcedures } from "@/lib/data/procedures/list-procedures";
import { checklistMarkdown } from "@/lib/services/procedures/checklist-markdown";

/** `project://<name>/checklist`: the procedures checklist the app shows, as Markdown. */
export function registerProjectChecklistResource(server: McpServer) {
  server.registerResource(
    "project-checklist",
    new ResourceTemplate("project://{project}/checklist", { list: undefined }),
    {
      title: "Project checklist",
      description: "Every procedure that applies to the project, mandatory first.",
      mimeType: "text/markdown",
    },
    async (uri, { project }) => {
      const name = decodeURIComponent(String(project)).slice(0, 200);
      const procedures = await listProcedures({ project: name });
      return {
        contents: [
          { uri: uri.href, mimeType: "text/markdown", text: checklistMarkdown(name, procedures) },
        ],
      };
    },
  );
}
