import path from "node:path";

export const UNIT_BRANCH_PREFIX = "mc/unit/";

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

function assertSafeId(kind: string, id: string) {
  if (!SAFE_ID.test(id)) throw new Error(`Invalid ${kind} "${id}": use letters, digits, - and _.`);
}

/** The branch a unit works on: `mc/unit/<unitId>`. */
export function unitBranchName(unitId: string) {
  assertSafeId("unit id", unitId);
  return `${UNIT_BRANCH_PREFIX}${unitId}`;
}

/** `<dataDir>/worktrees/<projectId>`: every worktree Mission Control makes for a project. */
export function projectWorktreeRoot(dataDir: string, projectId: string) {
  assertSafeId("project id", projectId);
  return path.resolve(dataDir, "worktrees", projectId);
}

/** `<dataDir>/repos/<projectId>`: where a project given by clone URL is cloned. */
export function projectCloneDir(dataDir: string, projectId: string) {
  assertSafeId("project id", projectId);
  return path.resolve(dataDir, "repos", projectId);
}

export function greenWorktreePath(worktreeRoot: string) {
  return path.resolve(worktreeRoot, "green");
}

export function unitWorktreePath(worktreeRoot: string, unitId: string) {
  assertSafeId("unit id", unitId);
  return path.resolve(worktreeRoot, `unit-${unitId}`);
}
