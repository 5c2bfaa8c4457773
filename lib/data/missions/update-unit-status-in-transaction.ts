import type { Transaction } from "@/lib/data/transaction";
import type { UnitEnd } from "@/lib/mission/unit-outcome";

export async function updateUnitStatusInTransaction(
  tx: Transaction,
  unitId: string,
  { status, reason }: UnitEnd,
) {
  await tx.workUnit.update({ where: { id: unitId }, data: { status, reason } });
}
