import type { Transaction } from "@/lib/data/transaction";

/** A unit a person allowed more tools: pending again, to run anew with `tools` allowed. */
export async function requeueUnitWithTools(tx: Transaction, unitId: string, tools: string[]) {
  const unit = await tx.workUnit.findUniqueOrThrow({
    where: { id: unitId },
    select: { allowedTools: true },
  });
  await tx.workUnit.update({
    where: { id: unitId },
    data: {
      status: "pending",
      reason: null,
      allowedTools: [...new Set([...unit.allowedTools, ...tools])],
    },
  });
}
