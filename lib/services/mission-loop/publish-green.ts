import { findMissionContext } from "@/lib/data/mission-loop/find-mission-context";
import { ensureRepository } from "@/lib/runner/git/ensure-repository";
import { pushGreen } from "@/lib/runner/git/push-green";
import { missionWorkspace } from "@/lib/services/mission-loop/mission-workspace";

/** Pushes green to the project's remote, when it has one. */
export async function publishGreen(missionId: string): Promise<string> {
  const mission = await findMissionContext(missionId);
  if (!mission) throw new Error(`Mission ${missionId} does not exist.`);
  const workspace = missionWorkspace(mission);
  if (!workspace.pushRemote) return "no push remote is configured; green stays local";
  const repo = await ensureRepository({
    projectPath: workspace.projectPath,
    cloneUrl: workspace.cloneUrl,
    dataDir: workspace.dataDir,
    projectId: workspace.projectId,
  });
  await pushGreen({ repo, remote: workspace.pushRemote, greenBranch: workspace.greenBranch });
  return `pushed ${workspace.greenBranch} to ${workspace.pushRemote}`;
}
