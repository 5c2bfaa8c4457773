import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/lib/auth/auth-config";
import { clientAddress } from "@/lib/auth/client-address";
import { isSessionCurrent, revokeSession } from "@/lib/auth/session-standing";
import { verifyThrottledCredentials } from "@/lib/auth/verify-throttled-credentials";
import { signInSchema } from "@/lib/validation/sign-in";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new CredentialsSignin();
        const user = await verifyThrottledCredentials(
          parsed.data.email,
          parsed.data.password,
          clientAddress(request.headers),
        );
        if (!user) throw new CredentialsSignin();
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    // Past sign-in, a JWT counts only while its session holds (null clears the cookie).
    async jwt(params) {
      const token = authConfig.callbacks.jwt(params);
      if (params.user) return token;
      return (await isSessionCurrent(token)) ? token : null;
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message) await revokeSession(message.token);
    },
  },
});
