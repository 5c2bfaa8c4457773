import type { Transaction } from "@/lib/data/transaction";

export function insertLaunch(
  tx: Transaction,
  launch: {
    sessionId: string;
    projectId: string;
    profileId: string;
    profileKind: string;
    launchContext: string;
    requestedByUserId: string | null;
  },
) {
  return tx.sessionLaunch.create({ data: launch });
}
