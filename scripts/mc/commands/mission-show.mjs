import { z } from "zod";
import { parseCommand, uuidArg, wholeNumber } from "../args.mjs";
import { CommandError } from "../errors.mjs";
import { money, printLine, sleep, table, time } from "../output.mjs";

const usage =
  "mc mission show <id> [--follow [--until end|approval] [--interval SECONDS]] [--json]";

const pendingOf = (view) => view.approvals.filter((a) => a.status === "pending" && !a.expired);

function render(view) {
  const m = view.mission;
  const lines = [
    `Mission ${m.id}  ${m.status}${m.cancelRequestedAt && !m.finished ? " (cancel requested)" : ""}`,
    `  Project:   ${m.projectName}`,
    `  Objective: ${m.objective}`,
    `  Units:     ${view.progress.done}/${view.progress.total} done, ${view.progress.merged} merged, ${view.progress.running} running`,
    `  Cost:      ${money(m.costUsd)}${m.budgetUsd === null ? "" : ` of ${money(m.budgetUsd)}`}`,
    `  Started:   ${time(m.startedAt)}   Finished: ${time(m.finishedAt)}`,
  ];
  if (m.stopReason) lines.push(`  Stopped:   ${m.stopReason}`);
  if (m.resultSummary) lines.push(`  Result:    ${m.resultSummary}`);
  if (view.units.length)
    lines.push(
      "",
      table(
        ["ROUND", "UNIT", "STATUS", "COST", "TITLE"],
        view.units.map((u) => [u.roundNumber, u.key, u.status, money(u.costUsd), u.title]),
      ),
    );
  if (view.approvals.length)
    lines.push(
      "",
      table(
        ["APPROVAL", "KIND", "STATUS", "SUMMARY"],
        view.approvals.map((a) => [a.id, a.kind, a.expired ? "expired" : a.status, a.summary]),
      ),
    );
  for (const approval of pendingOf(view))
    lines.push("", `Waiting for you: mc approve ${approval.id}   or   mc reject ${approval.id}`);
  return lines.join("\n");
}

/** What changed between two polls, one line each. */
function changes(before, after) {
  const lines = [];
  const stamp = new Date().toISOString().slice(11, 19);
  if (before.mission.status !== after.mission.status)
    lines.push(`${stamp} mission ${before.mission.status} → ${after.mission.status}`);
  const old = new Map(before.units.map((u) => [u.id, u]));
  for (const unit of after.units) {
    const was = old.get(unit.id);
    if (!was)
      lines.push(
        `${stamp} unit ${unit.key} (round ${unit.roundNumber}) ${unit.status}: ${unit.title}`,
      );
    else if (was.status !== unit.status)
      lines.push(
        `${stamp} unit ${unit.key} ${was.status} → ${unit.status}${unit.reason ? ` (${unit.reason})` : ""}`,
      );
  }
  const oldApprovals = new Map(before.approvals.map((a) => [a.id, a]));
  for (const approval of after.approvals) {
    const was = oldApprovals.get(approval.id);
    if (!was && approval.status === "pending")
      lines.push(
        `${stamp} approval needed (${approval.kind}): ${approval.summary}\n         mc approve ${approval.id}   or   mc reject ${approval.id}`,
      );
    else if (was && was.status !== approval.status)
      lines.push(
        `${stamp} approval ${approval.kind} ${approval.status}${approval.decidedBy ? ` by ${approval.decidedBy}` : ""}`,
      );
  }
  if (before.mission.costUsd !== after.mission.costUsd && lines.length)
    lines.push(`${stamp} cost ${money(after.mission.costUsd)}`);
  if (after.mission.finished && !before.mission.finished && after.mission.resultSummary)
    lines.push(`${stamp} ${after.mission.resultSummary}`);
  return lines;
}

const done = (view, until) =>
  view.mission.finished || (until === "approval" && pendingOf(view).length > 0);

/**
 * One mission with its units, approvals and cost. `--follow` polls and prints each change until
 * the mission ends (or, with `--until approval`, until it waits for a person). With `--json` it
 * prints the view, and when following one JSON line per change. A followed mission that fails or
 * is cancelled exits 1.
 */
export async function missionShow(argv, { api }) {
  const args = parseCommand(argv, {
    usage,
    options: {
      follow: { type: "boolean", short: "f", default: false },
      until: { type: "string", default: "end" },
      interval: { type: "string", default: "1" },
    },
    positionals: ["id"],
    schema: z.object({
      json: z.boolean(),
      id: uuidArg("the mission's id"),
      follow: z.boolean(),
      until: z.enum(["end", "approval"], { error: "--until is end or approval." }),
      interval: wholeNumber("interval", 1, 3600),
    }),
  });
  const client = api();
  const read = () => client.get(`api/v1/missions/${args.id}`);
  let view = await read();
  if (args.json) process.stdout.write(`${JSON.stringify(view, null, args.follow ? 0 : 2)}\n`);
  else printLine(render(view));
  if (!args.follow) return;
  while (!done(view, args.until)) {
    await sleep(args.interval * 1000);
    const next = await read();
    const lines = changes(view, next);
    if (lines.length) {
      if (args.json) process.stdout.write(`${JSON.stringify(next)}\n`);
      else for (const line of lines) printLine(line);
    }
    view = next;
  }
  if (!args.json) printLine(`\n${render(view)}`);
  // A script following a mission learns from the exit code whether it went through.
  if (["failed", "cancelled"].includes(view.mission.status))
    throw new CommandError(`The mission ${view.mission.status}.`);
}
