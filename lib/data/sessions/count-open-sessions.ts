import { getDb } from "@/lib/db";

export function countOpenSessions() {
  return getDb().sessionHistory.count({ where: { sessionEnd: null } });
}
