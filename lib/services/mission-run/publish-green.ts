import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { pushGreen } from "@/lib/git/push-green";
import { missionRepository } from "@/lib/services/mission-run/mission-repository";
import { missionWorkspace } from "@/lib/services/mission-run/mission-workspace";

/** Pushes green to the project's remote, when it has one. */
export async function publishGreen(missionId: string): Promise<string> {
  const mission = await findMissionContext(missionId);
  if (!mission) throw new Error(`Mission ${missionId} does not exist.`);
  const workspace = missionWorkspace(mission);
  if (!workspace.pushRemote) return "no push remote is configured; green stays local";
  const repo = await missionRepository(workspace);
  await pushGreen({ repo, remote: workspace.pushRemote, greenBranch: workspace.greenBranch });
  return `pushed ${workspace.greenBranch} to ${workspace.pushRemote}`;
}
