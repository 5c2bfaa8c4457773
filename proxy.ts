import type { NextFetchEvent, NextRequest } from "next/server";
import NextAuth from "next-auth";
import { refuseUnreadableRequest } from "@/lib/api/unreadable-request";
import { authConfig } from "@/lib/auth/auth-config";

const { auth } = NextAuth(authConfig);
const checkSession = auth as unknown as (
  request: NextRequest,
  event: NextFetchEvent,
) => Promise<Response>;

/**
 * Every request but static assets passes here: what Next would fail with a 500 is refused first
 * (reading a copy of the body), then `authorized` in the auth config decides.
 */
export async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  return (await refuseUnreadableRequest(request.clone())) ?? checkSession(request, event);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico)$).*)"],
};
