// Starts Mission Control exactly as `npm start` does, on a fresh database and data directory.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { startModelServer } from "@/scripts/model-server/start-model-server";
import {
  E2E_ADMIN,
  E2E_MODEL_PORT,
  E2E_PORT,
  E2E_RUNNER_PORT,
} from "@/tests/e2e/support/e2e-constants";
import { startNotificationReceiver } from "@/tests/e2e/support/notification-receiver";
import {
  createTestDatabase,
  dropStaleTestDatabases,
  startTestServer,
} from "@/tests/support/test-postgres";

const server = await startTestServer();
await dropStaleTestDatabases(server.adminUrl);
const database = await createTestDatabase(server.adminUrl, "e2e");
const dataDir = await mkdtemp(path.join(tmpdir(), "mc-e2e-"));
const modelServer = await startModelServer({
  script: { conversations: [] },
  port: E2E_MODEL_PORT,
});
const notificationReceiver = await startNotificationReceiver();

const app = execa(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", "scripts/serve.ts"],
  {
    stdio: "inherit",
    reject: false,
    env: {
      DATABASE_URL: database.url,
      MC_DATA_DIR: dataDir,
      PORT: String(E2E_PORT),
      MC_RUNNER_PORT: String(E2E_RUNNER_PORT),
      MC_ADMIN_EMAIL: E2E_ADMIN.email,
      MC_ADMIN_PASSWORD: E2E_ADMIN.password,
    },
  },
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  app.kill("SIGTERM");
  await app;
  await modelServer.close();
  notificationReceiver.closeAllConnections();
  await new Promise<void>((resolve) => notificationReceiver.close(() => resolve()));
  await database.drop();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
void app.then(() => void stop());
