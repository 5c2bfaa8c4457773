import type { InputJsonValue } from "@/lib/data/json";
import type { Transaction } from "@/lib/data/transaction";
import type { DeliberationEntry } from "@/lib/mission/deliberation";

export async function writeRoundDeliberation(
  tx: Transaction,
  roundId: string,
  entries: DeliberationEntry[],
) {
  await tx.missionRound.update({
    where: { id: roundId },
    data: { deliberation: entries as unknown as InputJsonValue },
  });
}
