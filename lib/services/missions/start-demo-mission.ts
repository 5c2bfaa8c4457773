import { missionStartRequested } from "@/inngest/events";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findRunningMission } from "@/lib/data/missions/find-running-mission";
import { insertMission } from "@/lib/data/missions/insert-mission";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import { inTransaction } from "@/lib/data/transaction";
import { ensureMissionDemoProject } from "@/lib/services/demo/ensure-mission-demo-project";
import { MISSION_DEMO_OBJECTIVE } from "@/lib/services/demo/mission-demo-content";
import { resetMissionDemo } from "@/lib/services/demo/reset-mission-demo";
import { resolveAgentProfile } from "@/lib/services/launcher/resolve-agent-profile";

/**
 * "Start demo mission": the scripted agent works on the demo calculator: several units, an
 * overlap, a conflict, a merge that breaks the tests and is undone, and a push to approve.
 */
export async function startDemoMission(actor: Actor) {
  authorize(actor, "operator");
  const project = await ensureMissionDemoProject();
  // One demo at a time: a second click while one runs leads to that one.
  const running = await findRunningMission(project.id);
  if (running) return running.id;
  await resetMissionDemo(project);
  const scripted = await resolveAgentProfile("scripted");
  return inTransaction(async (tx) => {
    const mission = await insertMission(tx, {
      projectId: project.id,
      objective: MISSION_DEMO_OBJECTIVE,
      workers: 2,
      maxRounds: 3,
      wallTimeMinutes: 30,
      agentProfileId: scripted.id,
      approvalPolicy: "always",
      largeMergeLines: 400,
      chain: false,
      createdByUserId: actor.userId,
    });
    await insertAuditEntry(tx, {
      operation: "create_mission",
      targetType: "mission",
      targetId: mission.id,
      details: { project: project.name, demo: true },
      userId: actor.userId,
    });
    await insertOutboxEvent(tx, missionStartRequested, {
      missionId: mission.id,
      projectId: project.id,
    });
    return mission.id;
  });
}
