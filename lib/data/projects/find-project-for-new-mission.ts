import type { Transaction } from "@/lib/data/transaction";

/** A project's name and the agent profile its mission settings choose, or null when there is none. */
export function findProjectForNewMission(tx: Transaction, id: string) {
  return tx.projectWorkspace.findUnique({
    where: { id },
    select: { name: true, missionSettings: { select: { agentProfileId: true } } },
  });
}
