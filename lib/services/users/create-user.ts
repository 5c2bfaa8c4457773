import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { isUniqueViolation } from "@/lib/data/is-unique-violation";
import { inTransaction } from "@/lib/data/transaction";
import { findUserByEmail } from "@/lib/data/users/find-user-by-email";
import { insertUser } from "@/lib/data/users/insert-user";
import { UserInputError } from "@/lib/errors/user-input-error";
import type { NewUser } from "@/lib/validation/users";

const emailTaken = () => new UserInputError("A user with this email already exists.", "email");

export async function createUser(actor: Actor, input: NewUser) {
  authorize(actor, "admin");
  if (await findUserByEmail(input.email)) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  const created = inTransaction(async (tx) => {
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
  // Another admin may have created the same email since the check above.
  return created.catch((error: unknown) => {
    throw isUniqueViolation(error) ? emailTaken() : error;
  });
}
