import type { Transaction } from "@/lib/data/transaction";

export type NewProject = {
  name: string;
  path: string;
  type?: string | null;
  description?: string | null;
  createdAt?: Date;
  updatedAt?: Date;
};

export function insertProject(tx: Transaction, project: NewProject) {
  return tx.projectWorkspace.create({ data: project });
}
