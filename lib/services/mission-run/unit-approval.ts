import { findUnit } from "@/lib/data/missions/find-unit";
import { updateUnitStatus } from "@/lib/data/missions/update-unit-status";
import { unitEndWithoutMergeApproval } from "@/lib/mission/unit-outcome";
import { requestApproval } from "@/lib/services/mission-run/approvals";

/** Asks a person before merging a unit whose diff is larger than the mission's threshold. */
export async function requestMergeApproval(unitId: string, linesChanged: number) {
  const unit = await findUnit(unitId);
  return requestApproval(
    unit.missionId,
    "large_merge",
    `Merge "${unit.title}" into green: ${linesChanged} lines changed`,
    { unitId, linesChanged },
  );
}

/** A large merge a person rejected, or nobody approved in time: the unit is not merged. */
export async function skipUnitMerge(unitId: string, decision: string) {
  await updateUnitStatus(unitId, unitEndWithoutMergeApproval(decision));
}
