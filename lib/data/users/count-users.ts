import { getDb } from "@/lib/db";

export function countUsers(where: { role?: string } = {}) {
  return getDb().user.count({ where });
}
