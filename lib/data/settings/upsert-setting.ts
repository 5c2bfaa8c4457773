import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export function upsertSetting(key: string, value: Prisma.InputJsonValue, description?: string) {
  return getDb().appSetting.upsert({
    where: { key },
    create: { key, value, description, updatedAt: new Date() },
    update: { value, updatedAt: new Date() },
  });
}
