import {
  admitSignInAttempt,
  forgiveSignInAttempt,
  signInThrottleKeys,
} from "@/lib/auth/sign-in-throttle";
import { SignInThrottledError } from "@/lib/auth/sign-in-throttled-error";
import { verifyCredentials } from "@/lib/services/users/verify-credentials";

/** The user these credentials sign in, null for wrong ones; refused while throttled. */
export async function verifyThrottledCredentials(email: string, password: string, address: string) {
  const keys = signInThrottleKeys(email, address);
  const { waitSeconds } = await admitSignInAttempt(keys);
  if (waitSeconds > 0) throw new SignInThrottledError(waitSeconds);
  const user = await verifyCredentials(email, password);
  if (user) await forgiveSignInAttempt(keys);
  return user;
}
