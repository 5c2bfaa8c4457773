import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { freePort } from "@/tests/support/free-port";
import { createTestDatabase, startTestServer } from "@/tests/support/test-postgres";

export const OWN_ADMIN = { email: "admin@bad-input.test", password: "bad-input-admin-password" };

/**
 * Mission Control as `npm start` runs it (the supervisor, the local runner, `next start` on the
 * built app), on a database of its own, so a test can compare every table before and after.
 */
export async function startOwnApp(root: string) {
  const server = await startTestServer();
  const database = await createTestDatabase(server.adminUrl, "badinput");
  const dataDir = await mkdtemp(path.join(tmpdir(), "mc-bad-input-"));
  const port = await freePort();
  const app = execa(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/serve.ts"],
    {
      cwd: root,
      reject: false,
      all: true,
      env: {
        DATABASE_URL: database.url,
        MC_DATA_DIR: dataDir,
        PORT: String(port),
        MC_RUNNER_PORT: String(await freePort()),
        MC_ADMIN_EMAIL: OWN_ADMIN.email,
        MC_ADMIN_PASSWORD: OWN_ADMIN.password,
      },
    },
  );
  const output: string[] = [];
  app.all?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const health = await fetch(`${url}/api/health`).catch(() => null);
    if (health?.ok) break;
    if (tries > 240 || app.exitCode !== null)
      throw new Error(`The app did not start:\n${output.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    databaseUrl: database.url,
    dataDir,
    output,
    async stop() {
      app.kill("SIGTERM");
      await app;
      await database.drop();
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
