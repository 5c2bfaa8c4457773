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

/**
 * The 4xx answer to a POST that Next 16 would fail with a 500 before any action code runs, else
 * null. Next answers 500 to a server action body over its 1 MiB limit and to one React cannot
 * decode (not JSON, not multipart, no argument list), so the proxy, which reads a copy of the
 * body, refuses those first. Other requests pass untouched: API routes check their own bodies.
 */
export async function refuseUnreadableActionRequest(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || new URL(request.url).pathname.startsWith("/api/")) return null;
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
