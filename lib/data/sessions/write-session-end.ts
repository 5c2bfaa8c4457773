import type { InputJsonValue } from "@/lib/data/json";
import type { Transaction } from "@/lib/data/transaction";

export function writeSessionEnd(
  tx: Transaction,
  id: string,
  end: { sessionEnd: Date; sessionSummary: string; sessionMetadata: InputJsonValue },
) {
  return tx.sessionHistory.update({ where: { id }, data: end });
}
