// `npm run db:check`: replays the SQL migrations on a scratch database and compares the result
// with schema.prisma; exits 1 and lists every difference when they disagree.
import path from "node:path";
import { runMigrations } from "@/lib/runtime/migrate";
import { compareShapes } from "@/scripts/schema-check/compare-shapes";
import { describeDatabase } from "@/scripts/schema-check/describe-database";
import {
  describePrismaSchema,
  readPrismaSchemaFiles,
} from "@/scripts/schema-check/describe-prisma-schema";
import { createTestDatabase, startTestServer } from "@/tests/support/test-postgres";

const server = await startTestServer();
const database = await createTestDatabase(server.adminUrl, "check");
try {
  await runMigrations(database.url);
  const expected = describePrismaSchema(await readPrismaSchemaFiles(path.resolve("prisma/schema")));
  const actual = await describeDatabase(database.url, [
    "claude_family",
    "claude_pm",
    "claude_mission_control",
  ]);
  const problems = compareShapes(expected, actual);
  if (problems.length) {
    console.error(`schema.prisma and the migrations disagree:\n  ${problems.join("\n  ")}`);
    process.exitCode = 1;
  } else {
    console.log(`schema.prisma and the migrations agree (${Object.keys(expected).length} tables).`);
  }
} finally {
  await database.drop();
  await server.stop();
}
