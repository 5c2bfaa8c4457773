// `npm run reset-admin-password [email]`: sets a new generated password and prints it once.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { connectDb, disconnectDb, getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { resolveDatabase } from "@/lib/runtime/resolve-database";
import { loadOrCreateSecrets } from "@/lib/runtime/secrets";

const env = getEnv();
const email = process.argv[2]?.toLowerCase();
const { databaseUrl, stop } = await resolveDatabase(
  env,
  await loadOrCreateSecrets(env.dataDir),
  console.log,
);
await connectDb(databaseUrl);
const user = await getDb().user.findFirst({
  where: email ? { email } : { role: "admin" },
  orderBy: { createdAt: "asc" },
});
if (!user) {
  console.error(
    email ? `No user with email ${email}.` : "No admin user yet: `npm start` creates one.",
  );
  process.exitCode = 1;
} else {
  const password = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, updatedAt: new Date() } });
    await insertAuditEntry(tx, {
      operation: "reset_password",
      targetType: "user",
      targetId: user.id,
      details: { via: "cli" },
    });
  });
  console.log(`New password for ${user.email}: ${password}`);
}
await disconnectDb();
await stop();
