import { NextResponse } from "next/server";
import { BODY_TOO_LARGE, readLimitedBytes } from "@/lib/api/body-limit";

const refuse = (status: number, error: string) => NextResponse.json({ error }, { status });
const UNREADABLE = "This request is not a server action call the app can read.";

/** React's reply to an action is a JSON array of the arguments (the form data as a reference). */
function isArgumentList(text: unknown): boolean {
  if (typeof text !== "string") return false;
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * The 4xx answer to a request that Next 16 would fail with a 500 before any of our code runs,
 * else null; for the proxy, which sees every request first and reads a copy of its body. Next
 * answers 500 to a path with malformed percent-encoding (decoding its `[param]`s), to a server
 * action body over its 1 MiB limit and to one React cannot decode (not JSON, not multipart, no
 * argument list). Other requests pass untouched: API routes check their own bodies.
 */
export async function refuseUnreadableRequest(request: Request): Promise<Response | null> {
  const { pathname } = new URL(request.url);
  if (hasMalformedEncoding(pathname))
    return refuse(400, "The path's percent-encoding is malformed.");
  if (request.method !== "POST" || pathname.startsWith("/api/")) return null;
  const contentType = request.headers.get("content-type") ?? "";
  const isMultipart = contentType.startsWith("multipart/form-data");
  const isActionCall = request.headers.has("next-action");
  if (!isActionCall && !isMultipart) return null;
  const bytes = await readLimitedBytes(request);
  if (bytes === null) return refuse(413, BODY_TOO_LARGE);
  if (!isMultipart) return isArgumentList(bytes.toString("utf8")) ? null : refuse(400, UNREADABLE);
  const form = await new Response(new Uint8Array(bytes), {
    headers: { "content-type": contentType },
  })
    .formData()
    .catch(() => null);
  if (!form) return refuse(400, UNREADABLE);
  // A form posted without JavaScript names its action in `$ACTION_*` fields, which Next checks.
  if (!isActionCall) return null;
  return isArgumentList(form.get("0")) ? null : refuse(400, UNREADABLE);
}
