import { getDb } from "@/lib/db";

/** The user with `email`; without one, the admin created first. */
export function findUserOrFirstAdmin(email?: string) {
  return getDb().user.findFirst({
    where: email ? { email } : { role: "admin" },
    orderBy: { createdAt: "asc" },
  });
}
