const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `work` after every earlier call for the same project has finished: merges into a project's
 * green branch happen one at a time. The runner host is one process, so a lock in memory suffices.
 */
export function withProjectLock<T>(projectId: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(projectId) ?? Promise.resolve();
  const next = previous.then(work, work);
  const tail = next.catch(() => {});
  tails.set(projectId, tail);
  void tail.then(() => {
    if (tails.get(projectId) === tail) tails.delete(projectId);
  });
  return next;
}
