import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { clientAddress } from "@/lib/auth/client-address";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { signInThrottleKeys, signInWaitSeconds } from "@/lib/auth/sign-in-throttle";
import { throttledMessage } from "@/lib/auth/sign-in-throttle-policy";
import { SignInThrottledError } from "@/lib/auth/sign-in-throttled-error";
import { emailSchema } from "@/lib/validation/sign-in";

/**
 * Auth.js builds its error and sign-in page redirects on the origin the request names (its Host
 * or X-Forwarded-Host): the browser gets the path alone, which stays on the site it used.
 */
function withRelativeLocation(response: Response): Response {
  const location = response.headers.get("location");
  if (!location) return response;
  const url = new URL(location, "http://relative.invalid");
  const headers = new Headers(response.headers);
  headers.set("location", safeCallbackPath(`${url.pathname}${url.search}${url.hash}`));
  return new Response(response.body, { status: response.status, headers });
}

export async function GET(request: NextRequest): Promise<Response> {
  return withRelativeLocation(await handlers.GET(request));
}

/** Auth.js answers a throttled sign-in with a redirect to its error page: this makes it a 429. */
export async function POST(request: NextRequest): Promise<Response> {
  const copy = request.clone();
  const response = withRelativeLocation(await handlers.POST(request));
  const location = response.headers.get("location");
  const code = location ? new URL(location, "http://x").searchParams.get("code") : null;
  if (code !== SignInThrottledError.CODE) return response;
  const form = await copy.formData().catch(() => null);
  const email = emailSchema.safeParse(form?.get("email"));
  const keys = signInThrottleKeys(email.success ? email.data : "", clientAddress(request.headers));
  const seconds = Math.max(1, await signInWaitSeconds(keys));
  return Response.json(
    { error: throttledMessage(seconds) },
    { status: 429, headers: { "retry-after": String(seconds) } },
  );
}
