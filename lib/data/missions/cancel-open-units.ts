import type { Transaction } from "@/lib/data/transaction";

/** Cancels the mission's units that are still pending or running: the mission ended first. */
export async function cancelOpenUnits(tx: Transaction, missionId: string) {
  await tx.workUnit.updateMany({
    where: { missionId, status: { in: ["pending", "running"] } },
    data: { status: "cancelled", reason: "the mission ended first", finishedAt: new Date() },
  });
}
