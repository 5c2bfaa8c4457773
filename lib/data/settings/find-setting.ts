import { getDb } from "@/lib/db";

export function findSetting(key: string) {
  return getDb().appSetting.findUnique({ where: { key } });
}
