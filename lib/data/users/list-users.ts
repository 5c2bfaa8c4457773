import { getDb } from "@/lib/db";

export function listUsers() {
  return getDb().user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true, lastLoginAt: true },
  });
}
export type UserListItem = Awaited<ReturnType<typeof listUsers>>[number];
