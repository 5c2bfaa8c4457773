import type { Transaction } from "@/lib/data/transaction";

/**
 * The admins' ids, their rows locked for the rest of the transaction: a second role change waits
 * here, then sees the admins as the first left them.
 */
export async function lockAdmins(tx: Transaction): Promise<string[]> {
  const rows = await tx.$queryRaw<{ user_id: string }[]>`SELECT user_id
      FROM claude_mission_control.users
     WHERE role = 'admin'
     ORDER BY user_id
       FOR UPDATE`;
  return rows.map((row) => row.user_id);
}
