import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { git } from "@/lib/git/git";
import { resetWorktreeToHead } from "@/lib/git/git-state";
import { runVerification } from "@/lib/git/run-verification";
import { missionWorkspace } from "@/lib/services/mission-run/mission-workspace";

const OUTPUT_KEPT = 2_000;

/**
 * Stage 7's last act: the verification command on green's head. The train moves green's branch
 * without a checkout, so the green worktree is brought to it first.
 */
export async function finalVerification(missionId: string) {
  const mission = await findMissionContext(missionId);
  if (!mission) throw new Error(`Mission ${missionId} does not exist.`);
  const workspace = missionWorkspace(mission);
  await resetWorktreeToHead(workspace.greenWorktree);
  const result = await runVerification({
    cwd: workspace.greenWorktree,
    command: workspace.verifyCommand,
    timeoutMs: 10 * 60_000,
  });
  const head = await git(workspace.greenWorktree, ["rev-parse", "HEAD"]);
  return { passed: result.passed, head, output: result.output.slice(-OUTPUT_KEPT) };
}
