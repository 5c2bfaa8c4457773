import { z } from "zod";
import { defineTool } from "@/lib/mcp/define-tool";
import { requireProject } from "@/lib/mcp/tools/require-project";
import { recordSessionStart } from "@/lib/services/mcp/record-session-start";

export const recordSessionStartTool = defineTool({
  name: "record_session_start",
  description:
    "Opens a session for an identity on a project and returns its id (a launched agent already has one: its launch context names it).",
  role: "operator",
  input: {
    project: z.string().trim().min(1).max(200).describe("The project's name or id."),
    identityId: z.uuid().describe("The identity the session belongs to."),
    note: z.string().trim().max(1_000).optional(),
  },
  run: async (actor, { project: name, identityId, note }) => {
    const project = await requireProject(name);
    return recordSessionStart(actor, { projectName: project.name, identityId, note });
  },
});
