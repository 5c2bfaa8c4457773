import {
  afterFailure,
  afterSuccess,
  FORGET_AFTER_MS,
  throttleKey,
  throttleKind,
  waitSeconds,
} from "@/lib/auth/sign-in-throttle-policy";
import { deleteForgottenSignInThrottles } from "@/lib/data/sign-in-throttles/delete-forgotten-sign-in-throttles";
import { findSignInThrottles } from "@/lib/data/sign-in-throttles/find-sign-in-throttles";
import { lockSignInThrottles } from "@/lib/data/sign-in-throttles/lock-sign-in-throttles";
import { saveSignInThrottle } from "@/lib/data/sign-in-throttles/save-sign-in-throttle";
import { inTransaction } from "@/lib/data/transaction";

export function signInThrottleKeys(email: string, address: string): string[] {
  return [throttleKey("account", email), throttleKey("address", address)];
}

/**
 * Lets an attempt through, or says how long to wait. One let through is counted as a failure
 * at once, before the password is checked, so attempts sent together cannot all slip in before
 * the first failure is written; `forgiveSignInAttempt` takes the count back when it was right.
 */
export function admitSignInAttempt(keys: string[]): Promise<{ waitSeconds: number }> {
  return inTransaction(async (tx) => {
    const now = new Date();
    await deleteForgottenSignInThrottles(tx, now, new Date(now.getTime() - FORGET_AFTER_MS));
    const rows = await lockSignInThrottles(tx, keys);
    const wait = Math.max(0, ...rows.map((row) => waitSeconds(row, now)));
    if (wait > 0) return { waitSeconds: wait };
    for (const row of rows)
      await saveSignInThrottle(tx, row.key, afterFailure(row, throttleKind(row.key), now));
    return { waitSeconds: 0 };
  });
}

export function forgiveSignInAttempt(keys: string[]): Promise<void> {
  return inTransaction(async (tx) => {
    const now = new Date();
    for (const row of await lockSignInThrottles(tx, keys))
      await saveSignInThrottle(tx, row.key, afterSuccess(row, throttleKind(row.key), now));
  });
}

/** How long these keys must still wait, without counting anything. */
export async function signInWaitSeconds(keys: string[]): Promise<number> {
  const now = new Date();
  const rows = await findSignInThrottles(keys);
  return Math.max(0, ...rows.map((row) => waitSeconds(row, now)));
}
