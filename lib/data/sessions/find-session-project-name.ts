import type { Transaction } from "@/lib/data/transaction";

/** The session's project name (null when it names none), or null when there is no such session. */
export function findSessionProjectName(tx: Transaction, id: string) {
  return tx.sessionHistory.findUnique({ where: { id }, select: { projectName: true } });
}
