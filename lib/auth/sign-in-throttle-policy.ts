/** Failed sign-ins allowed before each next attempt has to wait. */
export const FREE_FAILURES = { account: 5, address: 20 } as const;
export type ThrottleKind = keyof typeof FREE_FAILURES;

const FIRST_WAIT_MS = 1_000;
const MAX_WAIT_MS = 60_000;
/** Failures older than this are forgotten. */
export const FORGET_AFTER_MS = 15 * 60_000;

export type ThrottleState = { failures: number; blockedUntil: Date | null; updatedAt: Date };

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${value}`;
}

export function throttleKind(key: string): ThrottleKind {
  return key.startsWith("account:") ? "account" : "address";
}

/** Whole seconds until the next attempt is let through; 0 when it may go now. */
export function waitSeconds(state: ThrottleState, now: Date): number {
  const wait = (state.blockedUntil?.getTime() ?? 0) - now.getTime();
  return wait > 0 ? Math.ceil(wait / 1000) : 0;
}

/** One more failure: past the free ones, the wait doubles from a second up to a minute. */
export function afterFailure(state: ThrottleState, kind: ThrottleKind, now: Date): ThrottleState {
  const forgotten = now.getTime() - state.updatedAt.getTime() > FORGET_AFTER_MS;
  const failures = (forgotten ? 0 : state.failures) + 1;
  const over = failures - FREE_FAILURES[kind];
  const wait = over > 0 ? Math.min(FIRST_WAIT_MS * 2 ** (over - 1), MAX_WAIT_MS) : 0;
  return {
    failures,
    blockedUntil: wait > 0 ? new Date(now.getTime() + wait) : null,
    updatedAt: now,
  };
}

/** An attempt counted as a failure in advance turned out right: take that count back. */
export function afterSuccess(state: ThrottleState, kind: ThrottleKind, now: Date): ThrottleState {
  if (kind === "account") return { failures: 0, blockedUntil: null, updatedAt: now };
  const failures = Math.max(state.failures - 1, 0);
  return {
    failures,
    blockedUntil: failures >= FREE_FAILURES.address ? state.blockedUntil : null,
    updatedAt: state.updatedAt,
  };
}

export function throttledMessage(seconds: number): string {
  return `Too many attempts; try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;
}
