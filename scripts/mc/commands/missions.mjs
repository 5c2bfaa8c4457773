import { z } from "zod";
import { parseCommand, wholeNumber } from "../args.mjs";
import { clip, money, printJson, printLine, sleep, table } from "../output.mjs";

const usage = "mc missions [--page N] [--watch [--interval SECONDS]] [--json]";

function render(list) {
  const rows = list.items.map((m) => [
    m.mission_id,
    m.status,
    m.project_name,
    `${m.units_done}/${m.units_total}`,
    m.pending_approvals ? String(m.pending_approvals) : "",
    money(m.cost_usd),
    clip(m.objective, 50),
  ]);
  return `${table(["ID", "STATUS", "PROJECT", "UNITS", "APPROVALS", "COST", "OBJECTIVE"], rows)}\nPage ${list.page} of ${list.pageCount} (${list.total} missions)`;
}

/** The missions, newest first; `--watch` redraws them until interrupted. */
export async function missions(argv, { api }) {
  const args = parseCommand(argv, {
    usage,
    options: {
      page: { type: "string", default: "1" },
      watch: { type: "boolean", default: false },
      interval: { type: "string", default: "2" },
    },
    schema: z.object({
      json: z.boolean(),
      page: wholeNumber("page", 1, 100_000),
      watch: z.boolean(),
      interval: wholeNumber("interval", 1, 3600),
    }),
  });
  let last = null;
  do {
    const list = await api().get("api/v1/missions", { page: args.page });
    const text = args.json ? JSON.stringify(list) : render(list);
    if (text !== last) {
      if (args.json) printJson(list);
      else {
        if (args.watch && process.stdout.isTTY) process.stdout.write("\x1b[2J\x1b[H");
        printLine(text);
      }
      last = text;
    }
    if (args.watch) await sleep(args.interval * 1000);
  } while (args.watch);
}
