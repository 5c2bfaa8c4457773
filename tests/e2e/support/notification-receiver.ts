import { createServer, type Server } from "node:http";

/** The stand-in for an ntfy server (or any webhook endpoint) that e2e specs point channels at. */
export const E2E_RECEIVER_PORT = 3192;
export const E2E_RECEIVER_URL = `http://127.0.0.1:${E2E_RECEIVER_PORT}`;

export type RecordedRequest = { path: string; headers: Record<string, unknown>; body: string };

/**
 * Records every POST and answers 200; `GET /requests` gives the recorded requests as JSON, so a
 * spec reads what a phone would have been sent.
 */
export async function startNotificationReceiver(port = E2E_RECEIVER_PORT): Promise<Server> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    if (request.method === "GET" && request.url === "/requests") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(requests));
      return;
    }
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      requests.push({
        path: request.url ?? "/",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"id":"recorded"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}
