import { listOpenProjectFeedback } from "@/lib/data/feedback/list-open-project-feedback";
import { listRelevantKnowledge } from "@/lib/data/launches/list-relevant-knowledge";
import type { LaunchWarnings } from "@/lib/services/launcher/launch-warnings";

type ContextProject = {
  id: string;
  name: string;
  path: string;
  type: string | null;
  description: string | null;
};

const MAX_WORDS = 12;
const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function searchWords(project: ContextProject) {
  const text = [project.name, project.type, project.description].filter(Boolean).join(" ");
  const words = text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? [];
  return [...new Set(words)].slice(0, MAX_WORDS);
}

function section(title: string, lines: string[], empty: string) {
  return [`## ${title} (${lines.length})`, ...(lines.length ? lines : [empty]), ""];
}

/**
 * The Markdown an agent starts with: the project, its open sessions, the mandatory procedures,
 * open feedback, relevant knowledge, and how to close the session it is about to start.
 */
export async function buildLaunchContext(
  project: ContextProject,
  warnings: LaunchWarnings,
  sessionId: string,
) {
  const [feedback, knowledge] = await Promise.all([
    listOpenProjectFeedback(project.id),
    listRelevantKnowledge(searchWords(project)),
  ]);
  return [
    `# Launch context: ${project.name}`,
    "",
    `Project: ${project.name}${project.type ? ` (${project.type})` : ""} at ${project.path}`,
    ...(project.description ? [oneLine(project.description)] : []),
    `This session: ${sessionId}`,
    "",
    ...section(
      "Unclosed sessions",
      warnings.unclosedSessions.map(
        (session) =>
          `- ${session.sessionStart?.toISOString() ?? "unknown start"} by ${session.identity?.name ?? "unknown identity"}: ${oneLine(session.sessionSummary ?? "no summary")} (session ${session.id})`,
      ),
      "None.",
    ),
    ...section(
      "Mandatory procedures",
      warnings.mandatoryProcedures.map(
        (procedure) =>
          `- ${procedure.name}${procedure.frequency ? ` [${procedure.frequency}]` : ""}${procedure.shortDescription ? `: ${oneLine(procedure.shortDescription)}` : ""}${procedure.filePath ? ` (${procedure.filePath})` : ""}`,
      ),
      "None.",
    ),
    ...section(
      "Open feedback",
      feedback.map(
        (item) =>
          `- [${item.type ?? "untyped"}] ${oneLine(item.title)}${item.priority ? ` (priority ${item.priority})` : ""}, ${item.status ?? "new"}`,
      ),
      "None.",
    ),
    ...section(
      "Relevant knowledge",
      knowledge.map(
        (entry) =>
          `- ${oneLine(entry.title)} (${entry.type}, ${entry.category}): ${clip(oneLine(entry.description), 300)}`,
      ),
      "None.",
    ),
    "## When you finish",
    `Close this session (${sessionId}) with a summary, the tasks completed, learnings and challenges: from its page in Mission Control, or with the session-end SQL shown there.`,
  ].join("\n");
}
