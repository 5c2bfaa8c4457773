import { ensureRepository } from "@/lib/git/ensure-repository";
import type { MissionWorkspace } from "@/lib/services/mission-run/mission-workspace";

const known = new Map<string, string>();

/**
 * The project's repository on this host, checked (or cloned) once per process: every unit, merge
 * and the finish need it, and it does not move during a mission. `refresh` fetches a clone anew.
 */
export async function missionRepository(
  workspace: MissionWorkspace,
  options: { refresh?: boolean } = {},
) {
  const key = `${workspace.projectId}\n${workspace.projectPath}\n${workspace.cloneUrl ?? ""}`;
  const cached = known.get(key);
  if (cached && !options.refresh) return cached;
  const repo = await ensureRepository({
    projectPath: workspace.projectPath,
    cloneUrl: workspace.cloneUrl,
    dataDir: workspace.dataDir,
    projectId: workspace.projectId,
    refresh: options.refresh ?? false,
  });
  known.set(key, repo);
  return repo;
}
