import path from "node:path";
import type { Env } from "@/lib/env";
import { startEmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import { ensureDatabase } from "@/lib/runtime/ensure-database";
import type { Secrets } from "@/lib/runtime/secrets";

/** DATABASE_URL when given; otherwise the embedded server in the data directory. */
export async function resolveDatabase(env: Env, secrets: Secrets, log: (message: string) => void) {
  if (env.DATABASE_URL) {
    log(`Using the database in DATABASE_URL (${new URL(env.DATABASE_URL).host}).`);
    return { databaseUrl: env.DATABASE_URL, stop: async () => {} };
  }
  log(
    `Starting embedded Postgres on 127.0.0.1:${env.MC_PG_PORT} (data in ${path.join(env.dataDir, "postgres")})…`,
  );
  const postgres = await startEmbeddedPostgres({
    dataDir: env.dataDir,
    port: env.MC_PG_PORT,
    password: secrets.postgresPassword,
  });
  return {
    databaseUrl: await ensureDatabase(postgres.url, "mission_control"),
    stop: postgres.stop,
  };
}
