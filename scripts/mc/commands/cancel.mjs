import { z } from "zod";
import { parseCommand, uuidArg } from "../args.mjs";
import { printJson, printLine } from "../output.mjs";

/** Asks a mission to stop; it stops at its next step. */
export async function cancel(argv, { api }) {
  const args = parseCommand(argv, {
    usage: "mc cancel <mission-id> [--json]",
    positionals: ["id"],
    schema: z.object({ json: z.boolean(), id: uuidArg("the mission's id") }),
  });
  const result = await api().post(`api/v1/missions/${args.id}/cancel`);
  if (args.json) return printJson(result);
  printLine(`Cancel requested for mission ${args.id}; it stops at its next step.`);
}
