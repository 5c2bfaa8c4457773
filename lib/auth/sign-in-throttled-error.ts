import { CredentialsSignin } from "next-auth";
import { throttledMessage } from "@/lib/auth/sign-in-throttle-policy";

/** Thrown by the credentials check while the account or the address must wait. */
export class SignInThrottledError extends CredentialsSignin {
  static readonly CODE = "throttled";
  code = SignInThrottledError.CODE;

  constructor(readonly waitSeconds: number) {
    super(throttledMessage(waitSeconds));
  }
}
