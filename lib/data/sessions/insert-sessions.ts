import type { InputJsonValue } from "@/lib/data/json";
import type { Transaction } from "@/lib/data/transaction";

export function insertSessions(
  tx: Transaction,
  sessions: {
    identityId: string;
    projectName: string;
    sessionStart: Date;
    sessionEnd: Date | null;
    sessionSummary: string | null;
    tasksCompleted: string[];
    learningsGained: string[];
    challengesEncountered: string[];
    sessionMetadata: InputJsonValue;
  }[],
) {
  return tx.sessionHistory.createMany({ data: sessions });
}
