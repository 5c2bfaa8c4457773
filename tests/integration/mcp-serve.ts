import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { DELETE, GET, POST } from "@/app/api/mcp/route";
import { toWebRequest } from "@/tests/support/node-request";

const HANDLERS: Record<string, (request: Request) => Response | Promise<Response>> = {
  GET,
  POST,
  DELETE,
};

/** The shipped /api/mcp route handler on a loopback HTTP server, as Next serves it. */
export async function serveMcpRoute() {
  const server = createServer(async (message, reply) => {
    const { port } = server.address() as AddressInfo;
    const handler = HANDLERS[message.method ?? ""];
    const response = handler
      ? await handler(await toWebRequest(message, `http://127.0.0.1:${port}`))
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
