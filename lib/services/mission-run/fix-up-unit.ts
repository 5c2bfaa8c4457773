import { countMissionUnits } from "@/lib/data/missions/count-mission-units";
import { findRoundUnit } from "@/lib/data/missions/find-round-unit";
import type { WorkUnit } from "@/lib/data/missions/find-unit";
import { insertWorkUnit } from "@/lib/data/missions/insert-work-unit";
import { runUnit } from "@/lib/services/mission-run/run-unit";

const OUTPUT_IN_PROMPT = 3_000;

/**
 * The fix-up policy: a unit whose merge turned the candidate red gets a follow-up unit that works
 * on top of that merge (`onCommit`), told what failed. Found again (not made twice) when its
 * step runs again.
 */
export async function runFixupUnit(unit: WorkUnit, failedOutput: string, onCommit: string) {
  const unitKey = `fixup-${unit.unitKey}`.slice(0, 100);
  const existing = await findRoundUnit(unit.roundId, unitKey);
  const fixup =
    existing ??
    (await insertWorkUnit({
      missionId: unit.missionId,
      roundId: unit.roundId,
      position: (await countMissionUnits(unit.missionId)) + 1,
      unitKey,
      title: `Fix the verification after "${unit.title}"`,
      description: `Merging "${unit.title}" made the verification command fail. Make it pass without undoing the unit's purpose. The failing output ends with:\n${failedOutput.slice(-OUTPUT_IN_PROMPT)}`,
      filesHint: unit.filesHint,
      acceptance: "The verification command passes.",
      layer: unit.layer,
    }));
  return { fixup, outcome: await runUnit(fixup.id, { fromCommit: onCommit }) };
}
