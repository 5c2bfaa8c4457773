import { NextResponse } from "next/server";
import type { NextAuthConfig } from "next-auth";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-claims";

// The PWA's manifest and service worker are static files (icons pass the proxy's matcher as .png).
const PUBLIC_PATHS = [
  "/login",
  "/api/health",
  "/api/auth",
  "/api/inngest",
  // Webhooks authenticate by their signatures, checked by their handlers.
  "/api/webhooks",
  "/manifest.webmanifest",
  "/sw.js",
];

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/** The part of the Auth.js config the proxy needs: no providers, no database. */
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  providers: [],
  logger: {
    // One line per problem: a wrong password is routine, and stacks would bury real errors.
    error(error) {
      const type = (error as { type?: string }).type ?? error.name;
      console.error(
        `[auth] ${type === "CredentialsSignin" ? "a sign-in was refused" : `${type}: ${error.message}`}`,
      );
    },
  },
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      if (isPublic(pathname) || auth?.user) return true;
      if (pathname.startsWith("/api/")) {
        // API tokens are checked by the route's own choke point.
        if (request.headers.get("authorization")?.startsWith("Bearer ")) return true;
        return NextResponse.json({ error: "Sign in or send an API token." }, { status: 401 });
      }
      // From the URL the request came to: Next sends a same-host redirect as a relative Location,
      // so the browser stays on the name it used and no X-Forwarded-Host is believed.
      const login = new URL("/login", request.nextUrl);
      login.searchParams.set("callbackUrl", `${pathname}${request.nextUrl.search}`);
      return NextResponse.redirect(login);
    },
    // Set once at sign-in and kept by every refresh; `lib/auth/auth.ts` checks them per request.
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.sid = crypto.randomUUID();
      }
      return token;
    },
    // Every redirect Auth.js makes (after sign-in or sign-out) is a path on this site.
    redirect({ url, baseUrl }) {
      return safeCallbackPath(url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url);
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
