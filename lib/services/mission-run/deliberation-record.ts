import { findMissionRound } from "@/lib/data/missions/find-mission-round";
import { writeRoundDeliberation } from "@/lib/data/missions/write-round-deliberation";
import { inTransaction } from "@/lib/data/transaction";
import {
  type DeliberationEntry,
  deliberationEntries,
  patchDeliberation,
} from "@/lib/mission/deliberation";

/** Merges `patch` into the round's entry for `attempt` (creating it), read and written together. */
export async function updateDeliberation(
  roundId: string,
  attempt: number,
  patch: Partial<DeliberationEntry>,
) {
  await inTransaction(async (tx) => {
    const round = await findMissionRound(tx, roundId);
    const entries = deliberationEntries(round.deliberation);
    await writeRoundDeliberation(tx, roundId, patchDeliberation(entries, attempt, patch));
  });
}
