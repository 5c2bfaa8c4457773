import { z } from "zod";
import { listOpenProjectFeedback } from "@/lib/data/feedback/list-open-project-feedback";
import { listSessions } from "@/lib/data/sessions/list-sessions";
import { defineTool } from "@/lib/mcp/define-tool";
import { requireProject } from "@/lib/mcp/tools/require-project";
import { buildLaunchContext } from "@/lib/services/launcher/build-launch-context";
import { getLaunchWarnings } from "@/lib/services/launcher/launch-warnings";

const RECENT_SESSIONS = 5;

export const getProjectContextTool = defineTool({
  name: "get_project_context",
  description:
    "The context a launch gets for a project: the launch Markdown, unclosed sessions, mandatory procedures, recent sessions and open feedback.",
  role: "viewer",
  input: {
    project: z.string().trim().min(1).max(200).describe("The project's name or id."),
    sessionId: z.uuid().optional().describe("The session the context is for, if one is open."),
  },
  run: async (_actor, { project: name, sessionId }) => {
    const project = await requireProject(name);
    const [warnings, feedback, sessions] = await Promise.all([
      getLaunchWarnings(project.name),
      listOpenProjectFeedback(project.id),
      listSessions({ project: project.name, page: 1 }),
    ]);
    return {
      project: { id: project.id, name: project.name, path: project.path },
      markdown: await buildLaunchContext(project, warnings, sessionId ?? "(none yet)"),
      unclosedSessions: warnings.unclosedSessions,
      mandatoryProcedures: warnings.mandatoryProcedures,
      recentSessions: sessions.items.slice(0, RECENT_SESSIONS),
      openFeedback: feedback,
    };
  },
});
