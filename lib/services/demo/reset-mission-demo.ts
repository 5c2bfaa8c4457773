import { countRunningMissions } from "@/lib/data/missions/count-running-missions";
import { getEnv } from "@/lib/env";
import { git } from "@/lib/git/git";
import { projectWorktreeRoot } from "@/lib/git/paths";
import { removeGreenWorktree } from "@/lib/git/remove-green-worktree";

/**
 * Starts the demo over from the calculator's first commit, so every demo mission shows the same
 * story: green, its worktree and the pushed copy of green go, unless a demo mission still runs.
 */
export async function resetMissionDemo(project: { id: string; path: string }) {
  if (await countRunningMissions(project.id)) return false;
  await removeGreenWorktree({
    repo: project.path,
    worktreeRoot: projectWorktreeRoot(getEnv().dataDir, project.id),
  });
  await git(project.path, ["branch", "-D", "mc/green"]).catch(() => undefined);
  await git(project.path, ["push", "--quiet", "origin", "--delete", "mc/green"]).catch(
    () => undefined,
  );
  return true;
}
