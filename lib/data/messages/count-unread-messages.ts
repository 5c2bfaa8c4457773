import { getDb } from "@/lib/db";

export function countUnreadMessages() {
  return getDb().instanceMessage.count({ where: { status: "unread" } });
}
