import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export function updateLaunch(sessionId: string, data: Prisma.SessionLaunchUpdateInput) {
  return getDb().sessionLaunch.update({ where: { sessionId }, data });
}
