import { missionStartRequested } from "@/inngest/events";
import type { Actor } from "@/lib/auth/actor";
import { authorize, requirePerson } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { insertMission } from "@/lib/data/missions/insert-mission";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import { findProjectForNewMission } from "@/lib/data/projects/find-project-for-new-mission";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import { requireAgentProfile } from "@/lib/services/missions/find-agent-profile";
import { parseMissionInput } from "@/lib/services/missions/parse-mission-input";
import { readSetting } from "@/lib/settings/read-setting";
import { newMissionSchema, type UnparsedInput } from "@/lib/validation/missions";

/**
 * Queues a mission and asks the runner to start it: the mission row, its audit row and the start
 * event go in one transaction. Without a chosen profile it uses the project's, else the default.
 */
export async function createMission(actor: Actor, input: UnparsedInput<typeof newMissionSchema>) {
  requirePerson(authorize(actor, "operator"));
  const mission = parseMissionInput(newMissionSchema, input);
  const userId = actor.via === "system" ? null : actor.userId;
  return inTransaction(async (tx) => {
    const project = await findProjectForNewMission(tx, mission.projectId);
    if (!project) throw new UserInputError("Unknown project.", "projectId");
    const profileId =
      mission.agentProfileId ??
      project.missionSettings?.agentProfileId ??
      (await readSetting("agent.default_profile"));
    await requireAgentProfile(profileId, "agentProfileId");
    const created = await insertMission(tx, {
      projectId: mission.projectId,
      objective: mission.objective,
      status: "queued",
      workers: mission.workers,
      maxRounds: mission.maxRounds,
      wallTimeMinutes: mission.wallTimeMinutes,
      budgetUsd: mission.budgetUsd ?? null,
      agentProfileId: profileId,
      approvalPolicy: mission.approvalPolicy,
      fixupPolicy: mission.fixupPolicy,
      toolRefusedPolicy: mission.toolRefusedPolicy,
      chain: mission.chain,
      largeMergeLines: mission.largeMergeLines,
      mergeBatchSize: mission.mergeBatchSize,
      createdByUserId: userId,
    });
    await insertAuditEntry(tx, {
      operation: "create_mission",
      targetType: "mission",
      targetId: created.id,
      details: {
        project: project.name,
        objective: mission.objective.slice(0, 200),
        workers: mission.workers,
        maxRounds: mission.maxRounds,
        wallTimeMinutes: mission.wallTimeMinutes,
        budgetUsd: mission.budgetUsd ?? null,
        agentProfile: profileId,
        approvalPolicy: mission.approvalPolicy,
        fixupPolicy: mission.fixupPolicy,
        toolRefusedPolicy: mission.toolRefusedPolicy,
        chain: mission.chain,
        largeMergeLines: mission.largeMergeLines,
        mergeBatchSize: mission.mergeBatchSize,
        ...(userId ? {} : { startedBy: actor.name }),
      },
      userId,
    });
    await insertOutboxEvent(tx, missionStartRequested, {
      missionId: created.id,
      projectId: created.projectId,
    });
    return created.id;
  });
}
