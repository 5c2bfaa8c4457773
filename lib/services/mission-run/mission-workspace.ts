import { z } from "zod";
import type { MissionContext } from "@/lib/data/missions/find-mission-context";
import { getEnv } from "@/lib/env";
import { greenWorktreePath, projectWorktreeRoot } from "@/lib/git/paths";

const commandSchema = z.array(z.string()).catch([]);

/** Where a mission's project lives on the runner host, and how it is verified. */
export function missionWorkspace(mission: MissionContext) {
  const settings = mission.project.missionSettings;
  const dataDir = getEnv().dataDir;
  const worktreeRoot = projectWorktreeRoot(dataDir, mission.projectId);
  return {
    dataDir,
    projectId: mission.projectId,
    projectPath: mission.project.path,
    cloneUrl: settings?.cloneUrl ?? null,
    baseBranch: settings?.baseBranch ?? "main",
    greenBranch: settings?.greenBranch ?? "mc/green",
    verifyCommand: commandSchema.parse(settings?.verifyCommand ?? []),
    pushRemote: settings?.pushRemote ?? null,
    worktreeRoot,
    greenWorktree: greenWorktreePath(worktreeRoot),
  };
}
export type MissionWorkspace = ReturnType<typeof missionWorkspace>;
