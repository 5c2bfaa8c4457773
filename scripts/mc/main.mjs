#!/usr/bin/env node
// `mc`: Mission Control from a terminal or a script. It talks only to the JSON API (/api/v1).
import { apiClient } from "./api-client.mjs";
import { cancel } from "./commands/cancel.mjs";
import { decide } from "./commands/decide.mjs";
import { feedback } from "./commands/feedback.mjs";
import { knowledge } from "./commands/knowledge.mjs";
import { login } from "./commands/login.mjs";
import { missionShow } from "./commands/mission-show.mjs";
import { missionStart } from "./commands/mission-start.mjs";
import { missions } from "./commands/missions.mjs";
import { sessions } from "./commands/sessions.mjs";
import { status } from "./commands/status.mjs";
import { readConfig } from "./config-file.mjs";
import { EXIT, UsageError } from "./errors.mjs";

const HELP = `mc: Mission Control from the command line (talks to /api/v1 with an API token)

  mc login <url> [--token TOKEN]       check the token and store it (~/.config/mission-control)
  mc status                            what needs you, what runs, what failed
  mc missions [--watch]                missions, newest first
  mc mission start <project> "<objective>" [--workers N] [--max-rounds N] [--profile ID]
                   [--wall-time MIN] [--budget USD] [--approval-policy always|large-merges|never]
                   [--follow]
  mc mission show <id> [--follow [--until end|approval]]
  mc approve <approval-id> [--budget USD]
  mc reject <approval-id>
  mc cancel <mission-id>
  mc sessions [--project NAME] [--state open|closed]
  mc feedback add <project> "<title>" [--type bug] [--priority N] [--description TEXT]
  mc knowledge search <query>

Every command takes --json. Exit codes: 0 ok, 1 refused or failed (the message says why),
2 usage error, 3 not logged in or not allowed.`;

const COMMANDS = {
  login,
  status,
  missions,
  mission: (argv, context) => {
    const [action, ...rest] = argv;
    if (action === "start") return missionStart(rest, context);
    if (action === "show") return missionShow(rest, context);
    throw new UsageError('Usage: mc mission start <project> "<objective>" | mc mission show <id>');
  },
  approve: decide("approved"),
  reject: decide("rejected"),
  cancel,
  sessions,
  feedback,
  knowledge,
};

async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(`${HELP}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`Unknown command "${name}".\n\n${HELP}`);
  let config;
  const load = async () => {
    config ??= await readConfig();
    return config;
  };
  // The stored login is read at the first request, so usage errors come first (exit 2, not 3).
  const client = {
    get: async (...args) => apiClient(await load()).get(...args),
    post: async (...args) => apiClient(await load()).post(...args),
  };
  await command(rest, { api: () => client, url: () => config?.url ?? "" });
  return EXIT.ok;
}

const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const message = error instanceof Error ? error.message : String(error);
    if (argv.includes("--json")) process.stderr.write(`${JSON.stringify({ error: message })}\n`);
    else process.stderr.write(`mc: ${message}\n`);
    process.exitCode = typeof error?.exitCode === "number" ? error.exitCode : EXIT.failed;
  },
);
