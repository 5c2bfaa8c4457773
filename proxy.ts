import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/auth-config";

// Every request but static assets passes here; `authorized` in the config decides.
const { auth } = NextAuth(authConfig);

export { auth as proxy };

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico)$).*)"],
};
