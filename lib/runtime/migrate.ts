import { fileURLToPath } from "node:url";
import { runner } from "node-pg-migrate";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** Applies the plain-SQL migrations; its bookkeeping table lives in `public`, outside our schemas. */
export async function runMigrations(
  databaseUrl: string,
  log: (message: string) => void = () => {},
) {
  const applied = await runner({
    databaseUrl,
    dir: MIGRATIONS_DIR,
    direction: "up",
    migrationsTable: "mc_migrations",
    migrationsSchema: "public",
    checkOrder: true,
    log,
  });
  return applied.map((migration) => migration.name);
}
