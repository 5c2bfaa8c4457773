import { parseCommand } from "../args.mjs";
import { clip, printJson, printLine, shortId, time } from "../output.mjs";

/** What needs you, what runs, what failed in the last day, and whether the runner ticks. */
export async function status(argv, { api }) {
  const args = parseCommand(argv, { usage: "mc status [--json]" });
  const report = await api().get("api/v1/status");
  if (args.json) return printJson(report);
  printLine(`Needs you (${report.needsYou.length})`);
  for (const approval of report.needsYou)
    printLine(
      `  approval ${approval.id}  ${approval.kind}  ${approval.project}: ${clip(approval.summary)}  (mc approve ${approval.id})`,
    );
  printLine(`Running (${report.running.length})`);
  for (const mission of report.running)
    printLine(
      `  ${shortId(mission.id)}  ${mission.status}  ${mission.project}: ${clip(mission.objective)}`,
    );
  const failed = report.failedLately ?? { missions: [], units: [] };
  printLine(`Failed in the last 24 h (${failed.missions.length + failed.units.length})`);
  for (const mission of failed.missions)
    printLine(
      `  mission ${shortId(mission.id)}  ${mission.project}: ${clip(mission.reason ?? mission.objective)}`,
    );
  for (const unit of failed.units)
    printLine(`  unit ${clip(unit.title, 40)} (${unit.status}): ${clip(unit.reason ?? "", 60)}`);
  const runner = report.runner ?? {};
  printLine(
    `Runner: ${runner.healthy ? "healthy" : "not ticking"} (${runner.mode ?? "?"}, last tick ${time(runner.lastTickAt)})`,
  );
}
