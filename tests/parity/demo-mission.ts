import path from "node:path";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { git } from "@/lib/git/git";
import { ensureMissionDemoProject } from "@/lib/services/demo/ensure-mission-demo-project";
import { startDemoMission } from "@/lib/services/missions/start-demo-mission";
import { deliverOutbox } from "@/lib/services/outbox/deliver-outbox";
import { createTestActor } from "@/tests/support/create-test-actor";
import { waitFor } from "@/tests/support/mission-fixtures";
import type { ParityTarget } from "@/tests/support/parity-target";

/**
 * The demo mission as a person runs it: started through the outbox, its push approved when
 * asked. Only the app's database is read, so it runs the same on any Inngest server.
 */
export async function runDemoMission(target: ParityTarget) {
  const send = (events: { id: string; name: string; data: unknown }[]) =>
    target.client.send(events as never);
  const operator = await createTestActor("operator", "parity-operator@example.com");
  await ensureMissionDemoProject();
  const missionId = await startDemoMission(operator);
  await deliverOutbox(send, new Date());

  const approval = await waitFor(() =>
    getDb().approval.findFirst({ where: { missionId, kind: "push", status: "pending" } }),
  );
  await getDb().approval.update({
    where: { id: approval.id },
    data: { status: "approved", decidedAt: new Date() },
  });
  // A decision sent before the server holds the run's wait is not for it: send until it ends.
  const mission = await waitFor(async () => {
    const row = await getDb().mission.findUniqueOrThrow({ where: { id: missionId } });
    if (row.finishedAt) return row;
    await target.client.send({
      name: "mission/approval.decided",
      data: { approvalId: approval.id, missionId, decision: "approved" },
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return null;
  });
  const units = await getDb().workUnit.findMany({ where: { missionId } });
  const remote = path.join(getEnv().dataDir, "remotes", "mission-demo.git");
  return {
    mission,
    units: Object.fromEntries(units.map((unit) => [unit.unitKey, unit.status])),
    pushedGreen: await git(remote, ["rev-parse", "mc/green"]),
  };
}
