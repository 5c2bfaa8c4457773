import { z } from "zod";
import { amount, parseCommand, uuidArg } from "../args.mjs";
import { printJson, printLine } from "../output.mjs";

/** `mc approve` and `mc reject`: decides a pending approval once. */
export function decide(decision) {
  const verb = decision === "approved" ? "approve" : "reject";
  const usage = `mc ${verb} <approval-id>${decision === "approved" ? " [--budget USD]" : ""} [--json]`;
  return async (argv, { api }) => {
    const args = parseCommand(argv, {
      usage,
      options: decision === "approved" ? { budget: { type: "string" } } : {},
      positionals: ["id"],
      schema: z.object({
        json: z.boolean(),
        id: uuidArg("the approval's id (mc status lists them)"),
        budget: amount("budget").optional(),
      }),
    });
    const result = await api().post(`api/v1/approvals/${args.id}`, {
      decision,
      ...(args.budget === undefined ? {} : { budgetUsd: args.budget }),
    });
    if (args.json) return printJson(result);
    printLine(`Approval ${args.id} ${decision}.`);
  };
}
