import { getDb } from "@/lib/db";

/** Every setting except the named keys, by key. */
export function listSettings({ except }: { except: string[] }) {
  return getDb().appSetting.findMany({
    where: { key: { notIn: except } },
    orderBy: { key: "asc" },
  });
}
