import type { ProcedureFields } from "@/lib/data/procedures/insert-procedure";
import type { Transaction } from "@/lib/data/transaction";

export function insertProcedures(tx: Transaction, procedures: ProcedureFields[]) {
  return tx.procedureRegistry.createMany({ data: procedures });
}
