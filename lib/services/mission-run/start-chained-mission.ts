import { missionStartRequested } from "@/inngest/events";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import { getDb } from "@/lib/db";

/** The next objective the critic proposed, started as a child mission with the same settings. */
export async function nextObjective(missionId: string): Promise<string | null> {
  const rounds = await getDb().missionRound.findMany({
    where: { missionId },
    orderBy: { roundNumber: "desc" },
    select: { deliberation: true },
  });
  for (const round of rounds) {
    const entries = Array.isArray(round.deliberation) ? round.deliberation : [];
    for (const entry of [...entries].reverse()) {
      const next = (entry as { verdict?: { next_objective?: unknown } } | null)?.verdict
        ?.next_objective;
      if (typeof next === "string" && next.trim()) return next.trim();
    }
  }
  return null;
}

export async function startChainedMission(missionId: string, objective: string) {
  return getDb().$transaction(async (tx) => {
    const existing = await tx.mission.findFirst({ where: { parentMissionId: missionId } });
    if (existing) return existing.id;
    const parent = await tx.mission.findUniqueOrThrow({ where: { id: missionId } });
    const child = await tx.mission.create({
      data: {
        projectId: parent.projectId,
        objective,
        workers: parent.workers,
        maxRounds: parent.maxRounds,
        wallTimeMinutes: parent.wallTimeMinutes,
        budgetUsd: parent.budgetUsd,
        agentProfileId: parent.agentProfileId,
        approvalPolicy: parent.approvalPolicy,
        largeMergeLines: parent.largeMergeLines,
        fixupPolicy: parent.fixupPolicy,
        chain: false,
        parentMissionId: parent.id,
        createdByUserId: parent.createdByUserId,
      },
    });
    await insertAuditEntry(tx, {
      operation: "create_mission",
      targetType: "mission",
      targetId: child.id,
      details: { chainedFrom: parent.id, objective },
    });
    await insertOutboxEvent(tx, {
      name: missionStartRequested.name,
      data: { missionId: child.id, projectId: child.projectId },
    });
    return child.id;
  });
}
