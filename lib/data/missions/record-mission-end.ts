import type { Transaction } from "@/lib/data/transaction";

export async function recordMissionEnd(
  tx: Transaction,
  missionId: string,
  end: { status: string; stopReason: string; resultSummary: string; greenHead: string | null },
) {
  await tx.mission.update({
    where: { id: missionId },
    data: { ...end, finishedAt: new Date() },
  });
}
