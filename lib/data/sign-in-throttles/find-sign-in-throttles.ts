import { getDb } from "@/lib/db";

/** The throttle rows of these keys, unlocked: for a check that changes nothing. */
export function findSignInThrottles(keys: string[]) {
  return getDb().signInThrottle.findMany({
    where: { key: { in: keys } },
    select: { key: true, failures: true, blockedUntil: true, updatedAt: true },
  });
}
