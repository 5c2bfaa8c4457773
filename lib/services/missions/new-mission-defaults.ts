import { readSetting } from "@/lib/settings/read-setting";
import { DEFAULT_MERGE_BATCH_SIZE, MISSION_LIMITS } from "@/lib/validation/missions";

const clamp = (value: number, { min, max }: { min: number; max: number }) =>
  Math.min(max, Math.max(min, value));

/**
 * The new mission form's starting values from `missions.defaults`, held within a mission's limits
 * (the setting allows more workers, rounds and minutes than one mission may use).
 */
export async function newMissionDefaults() {
  const defaults = await readSetting("missions.defaults");
  return {
    workers: String(clamp(defaults.workers, MISSION_LIMITS.workers)),
    maxRounds: String(clamp(defaults.maxRounds, MISSION_LIMITS.maxRounds)),
    wallTimeMinutes: String(clamp(defaults.wallTimeMinutes, MISSION_LIMITS.wallTimeMinutes)),
    budgetUsd: defaults.budgetUsd === null ? "" : String(defaults.budgetUsd),
    approvalPolicy: defaults.approvalPolicy,
    fixupPolicy: "revert",
    toolRefusedPolicy: "fail",
    largeMergeLines: "400",
    mergeBatchSize: String(DEFAULT_MERGE_BATCH_SIZE),
    agentProfileId: "",
    projectId: "",
    objective: "",
  };
}
