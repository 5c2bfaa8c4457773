import { getDb } from "@/lib/db";

/** The unit's agent starts (again) on `branch`; every start counts as an attempt. */
export async function markUnitRunning(unitId: string, branch: string) {
  await getDb().workUnit.update({
    where: { id: unitId },
    data: { status: "running", branch, startedAt: new Date(), attempts: { increment: 1 } },
  });
}
