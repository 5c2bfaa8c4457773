import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";

async function toRequest(message: IncomingMessage, origin: string) {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  const body = Buffer.concat(chunks);
  return new NextRequest(new URL(message.url ?? "/", origin), {
    method: message.method,
    headers,
    body: body.length > 0 ? body : undefined,
  });
}

/** The shipped Auth.js route (`/api/auth/*`) on a loopback HTTP server, as a browser meets it. */
export async function serveAuthRoutes() {
  const server = createServer(async (message, reply) => {
    const { port } = server.address() as AddressInfo;
    const request = await toRequest(message, `http://127.0.0.1:${port}`);
    const response = await (message.method === "POST" ? POST(request) : GET(request));
    const headers: Record<string, string | string[]> = {};
    response.headers.forEach((value, name) => {
      if (name !== "set-cookie") headers[name] = value;
    });
    headers["set-cookie"] = response.headers.getSetCookie();
    reply.writeHead(response.status, headers);
    reply.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
