import { NextResponse } from "next/server";
import type { NextAuthConfig } from "next-auth";

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
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
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
      // Built from the Host header so the browser stays on the name it used (127.0.0.1, a proxy's).
      const host =
        request.headers.get("x-forwarded-host") ??
        request.headers.get("host") ??
        request.nextUrl.host;
      const protocol =
        request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
      const login = new URL("/login", `${protocol}://${host}`);
      login.searchParams.set("callbackUrl", `${pathname}${request.nextUrl.search}`);
      return NextResponse.redirect(login);
    },
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
