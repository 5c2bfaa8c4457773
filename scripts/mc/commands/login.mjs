import { createInterface } from "node:readline/promises";
import { z } from "zod";
import { apiClient } from "../api-client.mjs";
import { parseCommand } from "../args.mjs";
import { writeConfig } from "../config-file.mjs";
import { UsageError } from "../errors.mjs";
import { printJson, printLine } from "../output.mjs";

const usage = "mc login <url> [--token TOKEN]   (without --token: asked for, or read from stdin)";

async function askForToken() {
  if (process.stdin.isTTY) {
    const prompt = createInterface({ input: process.stdin, output: process.stderr });
    const answer = await prompt.question("API token (Settings → API tokens): ");
    prompt.close();
    return answer.trim();
  }
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8").trim();
}

/** Checks the token against /api/v1/status, then stores the url and the token (mode 600). */
export async function login(argv) {
  const args = parseCommand(argv, {
    usage,
    options: { token: { type: "string" } },
    positionals: ["url"],
    schema: z.object({
      json: z.boolean(),
      url: z.url({
        protocol: /^https?$/,
        error: "Give the app's URL, e.g. http://127.0.0.1:3000.",
      }),
      token: z.string().trim().min(1).optional(),
    }),
  });
  const token = args.token ?? (await askForToken());
  if (!token) throw new UsageError(`Give a token.\nUsage: ${usage}`);
  const url = args.url.replace(/\/+$/, "");
  const status = await apiClient({ url, token }).get("api/v1/status");
  const file = await writeConfig({ url, token });
  if (args.json) return printJson({ url, configFile: file, runnerHealthy: status.runner?.healthy });
  printLine(`Logged in to ${url}; the token is stored in ${file}.`);
}
