import { getDb } from "@/lib/db";

/** A session with its identity's name and, when a project of that name is registered, the project. */
export async function findSession(id: string) {
  const session = await getDb().sessionHistory.findUnique({
    where: { id },
    include: { identity: { select: { name: true } } },
  });
  if (!session) return null;
  const project = session.projectName
    ? await getDb().projectWorkspace.findUnique({
        where: { name: session.projectName },
        select: { id: true, name: true },
      })
    : null;
  return { ...session, project };
}
export type SessionDetail = NonNullable<Awaited<ReturnType<typeof findSession>>>;
