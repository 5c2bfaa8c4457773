import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { DELETE, GET, POST } from "@/app/api/mcp/route";

const HANDLERS: Record<string, (request: Request) => Response | Promise<Response>> = {
  GET,
  POST,
  DELETE,
};

async function toRequest(message: IncomingMessage, origin: string) {
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

/** The shipped /api/mcp route handler on a loopback HTTP server, as Next serves it. */
export async function serveMcpRoute() {
  const server = createServer(async (message, reply) => {
    const { port } = server.address() as AddressInfo;
    const handler = HANDLERS[message.method ?? ""];
    const response = handler
      ? await handler(await toRequest(message, `http://127.0.0.1:${port}`))
      : new Response(null, { status: 405 });
    reply.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    reply.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/mcp`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
