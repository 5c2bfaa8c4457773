import { setTimeout as sleep } from "node:timers/promises";

/** What git says when another git process holds a lock it needs (refs, index, packed-refs). */
const LOCK_ERROR = /\.lock\b|could not lock|cannot lock|unable to lock|another git process/i;

export function isGitLockError(error: unknown) {
  return LOCK_ERROR.test(String(error));
}

/**
 * Runs `attempt` again, after a short random back-off, while it fails on a git lock held by a
 * concurrent command (parallel units adding and removing worktrees in one repository).
 */
export async function retryOnGitLock<T>(attempt: () => Promise<T>, attempts = 8): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= attempts || !isGitLockError(error)) throw error;
      await sleep(Math.min(1_000, 25 * 2 ** tries) * (0.5 + Math.random()));
    }
  }
}
