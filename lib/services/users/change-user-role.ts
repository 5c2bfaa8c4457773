import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import type { Role } from "@/lib/auth/roles";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { updateUserRole } from "@/lib/data/users/update-user-role";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";

export async function changeUserRole(actor: Actor, userId: string, role: Role) {
  authorize(actor, "admin");
  return getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!before) throw new UserInputError("Unknown user.", "userId");
    if (before.role === "admin" && role !== "admin") {
      const admins = await tx.user.count({ where: { role: "admin" } });
      if (admins <= 1) throw new UserInputError("Keep at least one admin.", "role");
    }
    const user = await updateUserRole(tx, userId, role);
    await insertAuditEntry(tx, {
      operation: "change_user_role",
      targetType: "user",
      targetId: userId,
      details: { from: before.role, to: role },
      userId: actor.userId,
    });
    return user;
  });
}
