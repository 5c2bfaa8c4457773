/**
 * The caller's address as the nearest hop saw it: the last X-Forwarded-For entry (Next sets the
 * header to the socket's address when a client sends none). A client that reaches the app
 * directly can forge it, so the per-account limit is the one that holds against anyone.
 */
export function clientAddress(headers: Headers): string {
  const last = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return last ? last.slice(0, 64) : "unknown";
}
