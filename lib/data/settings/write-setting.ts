import type { Prisma } from "@/lib/generated/prisma/client";

/** App users have no identity, so a change made in the app clears `updated_by_identity_id`. */
export function writeSetting(
  tx: Prisma.TransactionClient,
  setting: { key: string; value: Prisma.InputJsonValue; description?: string | null },
) {
  const data = {
    value: setting.value,
    updatedAt: new Date(),
    updatedByIdentityId: null,
    ...(setting.description === undefined ? {} : { description: setting.description }),
  };
  return tx.appSetting.upsert({
    where: { key: setting.key },
    create: { key: setting.key, ...data },
    update: data,
  });
}
