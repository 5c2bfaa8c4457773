import { NextResponse } from "next/server";
import { unknownId } from "@/lib/api/unknown-id";
import { withActor } from "@/lib/api/with-actor";
import { listOpenProjectFeedback } from "@/lib/data/feedback/list-open-project-feedback";
import { findProject } from "@/lib/data/projects/find-project";
import { listSessions } from "@/lib/data/sessions/list-sessions";
import { buildLaunchContext } from "@/lib/services/launcher/build-launch-context";
import { getLaunchWarnings } from "@/lib/services/launcher/launch-warnings";

export const dynamic = "force-dynamic";

const RECENT_SESSIONS = 5;

/** The context a launch gets: its Markdown, warnings, procedures, recent sessions, open feedback. */
export const GET = withActor({ role: "viewer" }, async ({ params }) => {
  const unknown = unknownId(params.id, "Unknown project.");
  if (unknown) return unknown;
  const project = await findProject(String(params.id));
  if (!project) return NextResponse.json({ error: "Unknown project." }, { status: 404 });
  const [warnings, feedback, sessions] = await Promise.all([
    getLaunchWarnings(project.name),
    listOpenProjectFeedback(project.id),
    listSessions({ project: project.name, page: 1 }),
  ]);
  return NextResponse.json({
    project: { id: project.id, name: project.name, path: project.path },
    markdown: await buildLaunchContext(project, warnings, "(none yet)"),
    unclosedSessions: warnings.unclosedSessions,
    mandatoryProcedures: warnings.mandatoryProcedures,
    recentSessions: sessions.items.slice(0, RECENT_SESSIONS),
    openFeedback: feedback,
  });
});
