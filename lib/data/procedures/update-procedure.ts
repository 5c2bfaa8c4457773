import type { ProcedureFields } from "@/lib/data/procedures/insert-procedure";
import type { Transaction } from "@/lib/data/transaction";

export function updateProcedure(tx: Transaction, id: string, procedure: ProcedureFields) {
  return tx.procedureRegistry.update({ where: { id }, data: procedure });
}
