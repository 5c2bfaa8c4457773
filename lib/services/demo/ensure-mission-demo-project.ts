import { mkdir } from "node:fs/promises";
import path from "node:path";
import { insertMissionSettingsIfNone } from "@/lib/data/missions/insert-mission-settings-if-none";
import { findOrInsertProject } from "@/lib/data/projects/find-or-insert-project";
import { getEnv } from "@/lib/env";
import { git, isGitRepository } from "@/lib/git/git";
import { createDemoRepository } from "@/lib/services/demo/create-demo-repository";
import {
  MISSION_DEMO_PROJECT,
  MISSION_DEMO_VERIFY,
  missionDemoFiles,
} from "@/lib/services/demo/mission-demo-content";

/** A bare repository beside the demo project, as its `origin`, so that pushing green is real. */
async function ensureDemoRemote(repo: string, dataDir: string) {
  const remote = path.join(dataDir, "remotes", `${MISSION_DEMO_PROJECT}.git`);
  if (!(await isGitRepository(remote).catch(() => false))) {
    await mkdir(remote, { recursive: true });
    await git(remote, ["init", "--quiet", "--bare", "--initial-branch=main"]);
  }
  const remotes = (await git(repo, ["remote"])).split("\n");
  if (!remotes.includes("origin")) await git(repo, ["remote", "add", "origin", remote]);
  await git(repo, ["push", "--quiet", "origin", "main"]);
}

/**
 * The demo mission's project, made on first use (also in a workspace seeded before it existed):
 * a real repository with a real test command, its mission settings, and a remote to push to.
 */
export async function ensureMissionDemoProject(dataDir = getEnv().dataDir) {
  const repo = path.join(dataDir, "projects", MISSION_DEMO_PROJECT);
  await createDemoRepository(repo, missionDemoFiles);
  await ensureDemoRemote(repo, dataDir);
  const project = await findOrInsertProject({
    name: MISSION_DEMO_PROJECT,
    path: repo,
    type: "node",
    description: "A tiny calculator with tests, for the demo mission.",
  });
  await insertMissionSettingsIfNone(project.id, {
    baseBranch: "main",
    greenBranch: "mc/green",
    verifyCommand: MISSION_DEMO_VERIFY,
    defaultWorkers: 2,
    pushRemote: "origin",
  });
  return project;
}
