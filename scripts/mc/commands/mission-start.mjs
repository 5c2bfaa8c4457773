import { z } from "zod";
import { amount, parseCommand, required, wholeNumber } from "../args.mjs";
import { findProject } from "../find-project.mjs";
import { printJson, printLine } from "../output.mjs";
import { missionShow } from "./mission-show.mjs";

const usage =
  'mc mission start <project> "<objective>" [--workers N] [--max-rounds N] [--wall-time MINUTES] [--budget USD] [--profile ID] [--approval-policy always|large-merges|never] [--follow] [--json]';

/**
 * Starts a mission on a project named by name or id; the rest defaults to Settings. `--follow`
 * goes on as `mc mission show <id> --follow`.
 */
export async function missionStart(argv, context) {
  const { api, url } = context;
  const args = parseCommand(argv, {
    usage,
    options: {
      workers: { type: "string" },
      "max-rounds": { type: "string" },
      "wall-time": { type: "string" },
      budget: { type: "string" },
      profile: { type: "string" },
      "approval-policy": { type: "string" },
      follow: { type: "boolean", short: "f", default: false },
    },
    positionals: ["project", "objective"],
    schema: z.object({
      json: z.boolean(),
      project: required("the project's name or id"),
      objective: required("the objective, in quotes"),
      workers: wholeNumber("workers", 1, 1000).optional(),
      "max-rounds": wholeNumber("max-rounds", 1, 1000).optional(),
      "wall-time": wholeNumber("wall-time", 1, 100_000).optional(),
      budget: amount("budget").optional(),
      profile: z.string().trim().min(1).optional(),
      "approval-policy": z
        .enum(["always", "large-merges", "never"], {
          error: "--approval-policy is always, large-merges or never.",
        })
        .optional(),
      follow: z.boolean(),
    }),
  });
  const client = api();
  const project = await findProject(client, args.project);
  const created = await client.post("api/v1/missions", {
    projectId: project.id,
    objective: args.objective,
    workers: args.workers,
    maxRounds: args["max-rounds"],
    wallTimeMinutes: args["wall-time"],
    budgetUsd: args.budget,
    agentProfileId: args.profile,
    approvalPolicy: args["approval-policy"],
  });
  if (args.follow)
    return missionShow([created.id, "--follow", ...(args.json ? ["--json"] : [])], context);
  if (args.json) return printJson({ ...created, project: project.name });
  printLine(`Started mission ${created.id} on ${project.name}.`);
  printLine(`  ${url()}${created.url}`);
  printLine(`  Follow it: mc mission show ${created.id} --follow`);
}
