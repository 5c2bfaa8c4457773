import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { git } from "@/lib/git/git";
import { runVerification } from "@/lib/git/run-verification";
import { missionWorkspace } from "@/lib/services/mission-run/mission-workspace";

const OUTPUT_KEPT = 2_000;

/** Stage 7's last act: the verification command on green's head. */
export async function finalVerification(missionId: string) {
  const mission = await findMissionContext(missionId);
  if (!mission) throw new Error(`Mission ${missionId} does not exist.`);
  const workspace = missionWorkspace(mission);
  const result = await runVerification({
    cwd: workspace.greenWorktree,
    command: workspace.verifyCommand,
    timeoutMs: 10 * 60_000,
  });
  const head = await git(workspace.greenWorktree, ["rev-parse", "HEAD"]);
  return { passed: result.passed, head, output: result.output.slice(-OUTPUT_KEPT) };
}
