import { getDb } from "@/lib/db";

export function findUserById(id: string) {
  return getDb().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true },
  });
}
