// `npm run reset-admin-password [email]`: sets a new generated password and prints it once.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { inTransaction } from "@/lib/data/transaction";
import { findUserOrFirstAdmin } from "@/lib/data/users/find-user-or-first-admin";
import { updatePasswordHash } from "@/lib/data/users/update-password-hash";
import { connectDb, disconnectDb } from "@/lib/db";
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
const user = await findUserOrFirstAdmin(email);
if (!user) {
  console.error(
    email ? `No user with email ${email}.` : "No admin user yet: `npm start` creates one.",
  );
  process.exitCode = 1;
} else {
  const password = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  await inTransaction(async (tx) => {
    await updatePasswordHash(tx, user.id, passwordHash);
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
