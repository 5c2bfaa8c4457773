import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import { postgresAnswers } from "@/lib/runtime/postgres-answers";
import { freePort } from "@/tests/support/free-port";

// Tests use the machine's Postgres when it answers here, else an embedded server of their own.
const MACHINE_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres";

export type TestServer = {
  adminUrl: string;
  kind: "machine" | "embedded";
  stop: () => Promise<void>;
};

export async function startTestServer(): Promise<TestServer> {
  const configured = process.env.TEST_POSTGRES_ADMIN_URL;
  if (configured) return { adminUrl: configured, kind: "machine", stop: async () => {} };
  if (await postgresAnswers(MACHINE_POSTGRES))
    return { adminUrl: MACHINE_POSTGRES, kind: "machine", stop: async () => {} };
  const dataDir = await mkdtemp(path.join(tmpdir(), "mc-test-pg-"));
  const server = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    password: randomBytes(12).toString("hex"),
  });
  return { adminUrl: server.url, kind: "embedded", stop: server.stop };
}

const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

/** Drops test databases that a killed run left behind (their names carry their creation time). */
export async function dropStaleTestDatabases(adminUrl: string, now = Date.now()) {
  const found = await runSql(
    adminUrl,
    "SELECT datname FROM pg_database WHERE datname LIKE 'mc\\_test\\_%'",
  );
  for (const { datname } of found.rows as { datname: string }[]) {
    const createdAt = Number.parseInt(datname.split("_").at(-2) ?? "", 36);
    if (Number.isFinite(createdAt) && now - createdAt > STALE_AFTER_MS) {
      await runSql(adminUrl, `DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  }
}

/** A new, empty database on the test server; `drop` removes it. */
export async function createTestDatabase(adminUrl: string, label: string) {
  const name = `mc_test_${label}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function runSql(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}
