import { z } from "zod";
import { parseCommand, required } from "../args.mjs";
import { UsageError } from "../errors.mjs";
import { clip, printJson, printLine } from "../output.mjs";

const usage = "mc knowledge search <query> [--type TYPE] [--json]";

/** `mc knowledge search`: full-text search of the shared knowledge, best match first. */
export async function knowledge(argv, { api }) {
  const [action, ...rest] = argv;
  if (action !== "search") throw new UsageError(`Usage: ${usage}`);
  const args = parseCommand(rest, {
    usage,
    options: { type: { type: "string" } },
    positionals: ["query"],
    schema: z.object({
      json: z.boolean(),
      query: required("words to search for"),
      type: z.string().optional(),
    }),
  });
  const list = await api().get("api/v1/knowledge", { q: args.query, type: args.type });
  if (args.json) return printJson(list);
  if (list.items.length === 0) return printLine(`Nothing matches "${args.query}".`);
  for (const entry of list.items) {
    printLine(
      `${entry.title}  [${entry.knowledge_type} / ${entry.knowledge_category}]  ${entry.knowledge_id}`,
    );
    if (entry.excerpt) printLine(`  ${clip(entry.excerpt, 200)}`);
  }
  printLine(`${list.total} match${list.total === 1 ? "" : "es"}`);
}
