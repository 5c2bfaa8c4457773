import { getDb } from "@/lib/db";

export function listProjectOptions() {
  return getDb().projectWorkspace.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
