import { getDb } from "@/lib/db";

/** A project named by its id or its name. */
export function findProjectByNameOrId(nameOrId: string) {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(nameOrId);
  return getDb().projectWorkspace.findFirst({
    where: isUuid ? { OR: [{ id: nameOrId }, { name: nameOrId }] } : { name: nameOrId },
    select: { id: true, name: true },
  });
}
