import type { Transaction } from "@/lib/data/transaction";

export type ProcedureFields = {
  name: string;
  type: string | null;
  shortDescription: string | null;
  locationType: string | null;
  filePath: string | null;
  appliesToProjects: string[];
  mandatory: boolean;
  frequency: string | null;
  updatedAt?: Date;
};

export function insertProcedure(tx: Transaction, procedure: ProcedureFields) {
  return tx.procedureRegistry.create({ data: procedure });
}
