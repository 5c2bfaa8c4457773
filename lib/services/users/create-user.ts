import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { inTransaction } from "@/lib/data/transaction";
import { findUserByEmail } from "@/lib/data/users/find-user-by-email";
import { insertUser } from "@/lib/data/users/insert-user";
import { UserInputError } from "@/lib/errors/user-input-error";
import type { NewUser } from "@/lib/validation/users";

export async function createUser(actor: Actor, input: NewUser) {
  authorize(actor, "admin");
  if (await findUserByEmail(input.email)) {
    throw new UserInputError("A user with this email already exists.", "email");
  }
  const passwordHash = await hashPassword(input.password);
  return inTransaction(async (tx) => {
    const user = await insertUser(tx, {
      email: input.email,
      name: input.name,
      passwordHash,
      role: input.role,
    });
    await insertAuditEntry(tx, {
      operation: "create_user",
      targetType: "user",
      targetId: user.id,
      details: { email: user.email, role: user.role },
      userId: actor.userId,
    });
    return user;
  });
}
