import type { Transaction } from "@/lib/data/transaction";

/** The mission's status and its project's name; throws when there is no such mission. */
export function findMissionWithProjectName(tx: Transaction, id: string) {
  return tx.mission.findUniqueOrThrow({
    where: { id },
    select: { status: true, project: { select: { name: true } } },
  });
}
