import { z } from "zod";
import { defineTool } from "@/lib/mcp/define-tool";
import { closeSession } from "@/lib/services/sessions/close-session";

const entries = (what: string) =>
  z
    .array(z.string().trim().min(1).max(1_000))
    .max(100)
    .default([])
    .describe(`The ${what}, one entry each.`);

export const recordSessionEndTool = defineTool({
  name: "record_session_end",
  description:
    "Closes an open session with its summary, the tasks completed, the learnings gained and the challenges met.",
  role: "operator",
  input: {
    sessionId: z.uuid(),
    summary: z.string().trim().min(1).max(10_000),
    tasksCompleted: entries("tasks completed"),
    learnings: entries("learnings gained"),
    challenges: entries("challenges encountered"),
  },
  run: async (actor, { sessionId, summary, tasksCompleted, learnings, challenges }) => {
    await closeSession(actor, sessionId, {
      summary,
      tasks: tasksCompleted,
      learnings,
      challenges,
    });
    return { sessionId, closed: true };
  },
});
