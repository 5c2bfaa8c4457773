import { getDb } from "@/lib/db";

export async function recordUnitAgentPid(unitId: string, agentPid: number) {
  await getDb().workUnit.update({ where: { id: unitId }, data: { agentPid } });
}
