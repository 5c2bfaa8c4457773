import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { toWebRequest } from "@/tests/support/node-request";

/** The shipped Auth.js route (`/api/auth/*`) on a loopback HTTP server, as a browser meets it. */
export async function serveAuthRoutes() {
  const server = createServer(async (message, reply) => {
    const { port } = server.address() as AddressInfo;
    const request = new NextRequest(await toWebRequest(message, `http://127.0.0.1:${port}`));
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
