import type { Transaction } from "@/lib/data/transaction";

export function updateProject(
  tx: Transaction,
  id: string,
  project: {
    name: string;
    path: string;
    type?: string | null;
    description?: string | null;
    updatedAt: Date;
  },
) {
  return tx.projectWorkspace.update({ where: { id }, data: project });
}
