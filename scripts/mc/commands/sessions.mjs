import { z } from "zod";
import { parseCommand, wholeNumber } from "../args.mjs";
import { clip, printJson, printLine, table, time } from "../output.mjs";

/** Agent sessions, newest first. */
export async function sessions(argv, { api }) {
  const args = parseCommand(argv, {
    usage: "mc sessions [--project NAME] [--state open|closed] [--page N] [--json]",
    options: {
      project: { type: "string" },
      state: { type: "string" },
      page: { type: "string", default: "1" },
    },
    schema: z.object({
      json: z.boolean(),
      project: z.string().trim().min(1).optional(),
      state: z.enum(["open", "closed"], { error: "--state is open or closed." }).optional(),
      page: wholeNumber("page", 1, 100_000),
    }),
  });
  const list = await api().get("api/v1/sessions", {
    project: args.project,
    state: args.state,
    page: args.page,
  });
  if (args.json) return printJson(list);
  printLine(
    table(
      ["ID", "PROJECT", "IDENTITY", "STARTED", "ENDED", "SUMMARY"],
      list.items.map((s) => [
        s.session_id,
        s.project_name ?? "-",
        s.identity_name ?? "-",
        time(s.session_start),
        s.session_end ? time(s.session_end) : "open",
        clip(s.summary_start ?? "", 50),
      ]),
    ),
  );
  printLine(`Page ${list.page} of ${list.pageCount} (${list.total} sessions)`);
}
