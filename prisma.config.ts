import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI wants to download its native schema engine for every command, which cannot
// work offline. `generate` never needs it, so point it at a stub. Migrations are plain SQL run by
// node-pg-migrate (see ARCHITECTURE.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/bin/prisma-schema-engine-stub");

export default defineConfig({
  schema: "prisma/schema",
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost/unused",
  },
});
