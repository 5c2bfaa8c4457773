import type { Transaction } from "@/lib/data/transaction";

export type SignInThrottleRow = {
  key: string;
  failures: number;
  blockedUntil: Date | null;
  updatedAt: Date;
};

/**
 * The throttle rows of these keys (made when missing), locked for the rest of the transaction
 * from the insert on, so two attempts at once are counted one after the other and a cleanup
 * cannot delete them in between. Locked in key order: no deadlock.
 */
export async function lockSignInThrottles(
  tx: Transaction,
  keys: string[],
): Promise<SignInThrottleRow[]> {
  const sorted = [...new Set(keys)].sort();
  await tx.$executeRaw`
    INSERT INTO claude_mission_control.sign_in_throttles (key)
    SELECT unnest(${sorted}::varchar[])
        ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key`;
  const rows = await tx.$queryRaw<
    { key: string; failures: number; blocked_until: Date | null; updated_at: Date }[]
  >`SELECT key, failures, blocked_until, updated_at
      FROM claude_mission_control.sign_in_throttles
     WHERE key = ANY(${sorted}::varchar[])
     ORDER BY key
       FOR UPDATE`;
  return rows.map((row) => ({
    key: row.key,
    failures: row.failures,
    blockedUntil: row.blocked_until,
    updatedAt: row.updated_at,
  }));
}
