import { mkdtemp, realpath } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { missionRunFunction } from "@/inngest/functions/mission-run";
import { sessionLaunchFunction } from "@/inngest/functions/session-launch";
import { saveAgentApiKey } from "@/lib/data/agent-api-keys/save-agent-api-key";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { inTransaction } from "@/lib/data/transaction";
import { getDb } from "@/lib/db";
import { launchSession } from "@/lib/services/launcher/launch-session";
import { deliverOutbox } from "@/lib/services/outbox/deliver-outbox";
import type { AgentProfile } from "@/lib/validation/agent-profiles";
import { type ModelServer, startModelServer } from "@/scripts/model-server/start-model-server";
import { createTestActor } from "@/tests/support/create-test-actor";
import { startHarness } from "@/tests/support/inngest-harness";
import { saveProfiles } from "@/tests/support/real-agents";

/**
 * Missions and launches served by the real functions, with `profiles` (pointed at a scripted
 * model server started here) saved in Settings, each with a stored API key.
 */
export async function startRealAgentHost(
  databaseUrl: string,
  name: string,
  profiles: (server: ModelServer) => AgentProfile[],
) {
  const dataDir = await realpath(await mkdtemp(path.join(tmpdir(), `mc-${name}-`)));
  process.env.MC_DATA_DIR = dataDir;
  process.env.AUTH_SECRET ??= "a-test-auth-secret-of-at-least-32-characters";
  const server = await startModelServer({ script: { conversations: [] } });
  const saved = profiles(server);
  await saveProfiles(...saved);
  await inTransaction(async (tx) => {
    for (const profile of saved) await saveAgentApiKey(tx, profile.id, `key-${profile.id}`, null);
  });
  await upsertSetting("projects.allowed_roots", [dataDir]);
  const harness = await startHarness(databaseUrl, (client) => [
    missionRunFunction(client),
    sessionLaunchFunction(client),
  ]);
  let launches = 0;
  return {
    dataDir,
    server,
    harness,
    /** Sends what the outbox holds (starts, approval decisions) to the runner. */
    sendOutbox: () => deliverOutbox((events) => harness.client.send(events as never), new Date()),
    /** Launches a session on `projectId` with `profileId` as the default, and waits for its end. */
    async launch(projectId: string, profileId: string) {
      const operator = await createTestActor("operator", `launcher-${++launches}@example.com`);
      const identity = await getDb().identity.create({
        data: { name: `identity-${launches}`, platform: profileId, roleDescription: "test" },
      });
      await upsertSetting("agent.default_profile", profileId);
      const { sessionId } = await launchSession(operator, {
        projectId,
        identityId: identity.id,
        acknowledged: true,
      });
      await this.sendOutbox();
      await harness.settled("session-launch", launches, 120_000);
      return getDb().sessionLaunch.findUniqueOrThrow({ where: { sessionId } });
    },
    async stop() {
      await harness.stop();
      await server.close();
    },
  };
}
export type RealAgentHost = Awaited<ReturnType<typeof startRealAgentHost>>;
