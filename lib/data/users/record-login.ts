import { getDb } from "@/lib/db";

export function recordLogin(userId: string) {
  return getDb().user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } });
}
