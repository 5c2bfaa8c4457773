import type { Prisma } from "@/lib/generated/prisma/client";

export function findSettingInTransaction(tx: Prisma.TransactionClient, key: string) {
  return tx.appSetting.findUnique({ where: { key } });
}
