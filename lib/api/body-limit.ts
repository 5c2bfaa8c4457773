/** The largest request body the app reads: Next's own limit for server actions (1 MiB). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export const BODY_TOO_LARGE = "The request body is over 1 MiB.";

/** The body's bytes, or null when it is over the limit (read no further than that). */
export async function readLimitedBytes(request: Request): Promise<Buffer | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > BODY_LIMIT_BYTES) return null;
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > BODY_LIMIT_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The body as UTF-8 text, or null when it is over the limit. */
export async function readLimitedText(request: Request): Promise<string | null> {
  const bytes = await readLimitedBytes(request);
  return bytes === null ? null : bytes.toString("utf8");
}
