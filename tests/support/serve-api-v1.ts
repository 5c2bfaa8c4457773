import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { shippedApiRoutes } from "@/tests/support/api-v1-routes";
import { toWebRequest } from "@/tests/support/node-request";

/**
 * Every shipped `app/api/v1` route handler on a loopback HTTP server, routed by its folder path
 * with its `[param]` segments as Next passes them: the JSON API as a client sees it.
 */
export async function serveApiV1() {
  const routes = await shippedApiRoutes();
  const server = createServer(async (message, reply) => {
    const { port } = server.address() as AddressInfo;
    const pathname = new URL(message.url ?? "/", "http://x").pathname;
    let response = Response.json({ error: "Not found." }, { status: 404 });
    for (const route of routes) {
      const match = route.pattern.exec(pathname);
      if (!match) continue;
      const handler = route.handlers[message.method ?? ""];
      if (!handler) {
        response = Response.json({ error: "Method not allowed." }, { status: 405 });
        break;
      }
      const params = Object.fromEntries(
        route.paramNames.map((name, i) => [name, decodeURIComponent(match[i + 1])]),
      );
      response = await handler(await toWebRequest(message, `http://127.0.0.1:${port}`), {
        params: Promise.resolve(params),
      });
      break;
    }
    reply.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    reply.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
