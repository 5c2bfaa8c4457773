import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { findUserByEmail } from "@/lib/data/users/find-user-by-email";
import { recordLogin } from "@/lib/data/users/record-login";

// Compared against when the email is unknown, so both cases take the same time.
const decoyHash = hashPassword("not-a-real-password");

export async function verifyCredentials(email: string, password: string) {
  const user = await findUserByEmail(email);
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !valid) return null;
  await recordLogin(user.id);
  return user;
}
