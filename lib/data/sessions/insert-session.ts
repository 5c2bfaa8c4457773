import type { InputJsonValue } from "@/lib/data/json";
import type { Transaction } from "@/lib/data/transaction";

export function insertSession(
  tx: Transaction,
  session: {
    id: string;
    identityId: string;
    projectName: string;
    sessionStart: Date;
    createdAt: Date;
    sessionMetadata: InputJsonValue;
  },
) {
  return tx.sessionHistory.create({ data: session });
}
