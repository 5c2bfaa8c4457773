import type { Transaction } from "@/lib/data/transaction";

/** The name of the project with `id`, or null when there is none. */
export async function findProjectName(tx: Transaction, id: string) {
  const project = await tx.projectWorkspace.findUnique({ where: { id }, select: { name: true } });
  return project?.name ?? null;
}
