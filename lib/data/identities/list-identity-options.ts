import { getDb } from "@/lib/db";

export function listIdentityOptions() {
  return getDb().identity.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
