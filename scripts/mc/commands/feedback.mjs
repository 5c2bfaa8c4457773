import { z } from "zod";
import { parseCommand, required, wholeNumber } from "../args.mjs";
import { UsageError } from "../errors.mjs";
import { findProject } from "../find-project.mjs";
import { printJson, printLine } from "../output.mjs";

const usage =
  'mc feedback add <project> "<title>" [--type bug|change|design|question] [--priority 1-5] [--description TEXT] [--json]';

/** `mc feedback add`: files a feedback item on a project. */
export async function feedback(argv, { api }) {
  const [action, ...rest] = argv;
  if (action !== "add") throw new UsageError(`Usage: ${usage}`);
  const args = parseCommand(rest, {
    usage,
    options: {
      type: { type: "string", default: "bug" },
      priority: { type: "string", default: "3" },
      description: { type: "string", default: "" },
    },
    positionals: ["project", "title"],
    schema: z.object({
      json: z.boolean(),
      project: required("the project's name or id"),
      title: required("a title, in quotes"),
      type: z.enum(["bug", "change", "design", "question"], {
        error: "--type is bug, change, design or question.",
      }),
      priority: wholeNumber("priority", 1, 5),
      description: z.string(),
    }),
  });
  const client = api();
  const project = await findProject(client, args.project);
  const created = await client.post("api/v1/feedback", {
    projectId: project.id,
    type: args.type,
    title: args.title,
    priority: args.priority,
    description: args.description,
  });
  if (args.json) return printJson(created);
  printLine(`Filed ${args.type} ${created.id} on ${project.name}: ${created.title}`);
}
