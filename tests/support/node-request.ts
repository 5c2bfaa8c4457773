import type { IncomingMessage } from "node:http";

/** A Node HTTP request as the web `Request` a Next route handler takes. */
export async function toWebRequest(message: IncomingMessage, origin: string) {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  const body = Buffer.concat(chunks);
  return new Request(new URL(message.url ?? "/", origin), {
    method: message.method,
    headers,
    body: body.length > 0 ? body : undefined,
  });
}
