import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import type { Role } from "@/lib/auth/roles";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { inTransaction } from "@/lib/data/transaction";
import { findUserRole } from "@/lib/data/users/find-user-role";
import { lockAdmins } from "@/lib/data/users/lock-admins";
import { updateUserRole } from "@/lib/data/users/update-user-role";
import { UserInputError } from "@/lib/errors/user-input-error";

export async function changeUserRole(actor: Actor, userId: string, role: Role) {
  authorize(actor, "admin");
  return inTransaction(async (tx) => {
    // Locked first, so two admins demoting each other at once cannot both see the other remain.
    const admins = await lockAdmins(tx);
    const before = await findUserRole(tx, userId);
    if (before === null) throw new UserInputError("Unknown user.", "userId");
    if (before === "admin" && role !== "admin" && admins.length <= 1)
      throw new UserInputError("Keep at least one admin.", "role");
    const user = await updateUserRole(tx, userId, role);
    await insertAuditEntry(tx, {
      operation: "change_user_role",
      targetType: "user",
      targetId: userId,
      details: { from: before, to: role },
      userId: actor.userId,
    });
    return user;
  });
}
