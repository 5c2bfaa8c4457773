// `npm run db:seed`: seeds the demo workspace into the database in DATABASE_URL if it is empty.
import { connectDb, disconnectDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { runMigrations } from "@/lib/runtime/migrate";
import { seedDemoData } from "@/lib/services/demo/seed-demo-data";

const env = getEnv();
if (!env.DATABASE_URL) throw new Error("Set DATABASE_URL to the database to seed.");
await runMigrations(env.DATABASE_URL);
await connectDb(env.DATABASE_URL);
console.log(
  (await seedDemoData(env.dataDir))
    ? "Seeded the demo workspace."
    : "The database already has data: nothing seeded.",
);
await disconnectDb();
