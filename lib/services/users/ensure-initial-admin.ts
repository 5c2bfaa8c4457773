import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { inTransaction } from "@/lib/data/transaction";
import { countUsers } from "@/lib/data/users/count-users";
import { insertUser } from "@/lib/data/users/insert-user";

export const DEFAULT_ADMIN_EMAIL = "admin@mission-control.local";

export type InitialAdmin =
  | { created: false }
  | { created: true; email: string; generatedPassword?: string };

/** Creates the first admin when there are no users yet; returns a generated password once. */
export async function ensureInitialAdmin(options: {
  email?: string;
  password?: string;
}): Promise<InitialAdmin> {
  if ((await countUsers()) > 0) return { created: false };
  const email = (options.email ?? DEFAULT_ADMIN_EMAIL).toLowerCase();
  const generatedPassword = options.password ? undefined : randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(options.password ?? (generatedPassword as string));
  await inTransaction(async (tx) => {
    const user = await insertUser(tx, {
      email,
      name: "Administrator",
      passwordHash,
      role: "admin",
    });
    await insertAuditEntry(tx, {
      operation: "create_initial_admin",
      targetType: "user",
      targetId: user.id,
      details: { email },
    });
  });
  return { created: true, email, generatedPassword };
}
