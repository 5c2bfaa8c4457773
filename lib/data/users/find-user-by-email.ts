import { getDb } from "@/lib/db";

export function findUserByEmail(email: string) {
  return getDb().user.findUnique({ where: { email } });
}
