import { getDb } from "@/lib/db";
import { requestApproval } from "@/lib/services/mission-run/approvals";

/** Asks a person before merging a unit whose diff is larger than the mission's threshold. */
export async function requestMergeApproval(unitId: string, linesChanged: number) {
  const unit = await getDb().workUnit.findUniqueOrThrow({ where: { id: unitId } });
  return requestApproval(
    unit.missionId,
    "large_merge",
    `Merge "${unit.title}" into green: ${linesChanged} lines changed`,
    { unitId, linesChanged },
  );
}

/** A large merge a person rejected, or nobody approved in time: the unit is not merged. */
export async function skipUnitMerge(unitId: string, decision: string) {
  await getDb().workUnit.update({
    where: { id: unitId },
    data: {
      status: "cancelled",
      reason:
        decision === "rejected" ? "a person rejected the merge" : "the merge approval timed out",
    },
  });
}

export async function isMissionCancelled(missionId: string) {
  const mission = await getDb().mission.findUniqueOrThrow({
    where: { id: missionId },
    select: { cancelRequestedAt: true },
  });
  return Boolean(mission.cancelRequestedAt);
}
