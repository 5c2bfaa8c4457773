import { getDb } from "@/lib/db";

export async function recordLaunchAgentPid(sessionId: string, agentPid: number) {
  await getDb().sessionLaunch.update({ where: { sessionId }, data: { agentPid } });
}
