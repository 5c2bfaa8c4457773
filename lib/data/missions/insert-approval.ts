import type { InputJsonObject } from "@/lib/data/json";
import type { Transaction } from "@/lib/data/transaction";

export function insertApproval(
  tx: Transaction,
  approval: {
    missionId: string;
    kind: string;
    summary: string;
    details: InputJsonObject;
    timeoutAt: Date;
  },
) {
  return tx.approval.create({ data: approval });
}
