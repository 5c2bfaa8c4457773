import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedRequest = {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: unknown;
};

/**
 * A local HTTP server standing in for Telegram, Slack, ntfy or a webhook endpoint: it records every
 * request, and answers each path with the scripted replies (the last one repeats), else 200.
 */
export async function startReceiver() {
  const requests: ReceivedRequest[] = [];
  const scripts = new Map<string, { status: number; body: string }[]>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = request.url ?? "/";
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      requests.push({ method: request.method ?? "", path, headers: request.headers, body, json });
      const script = scripts.get(path);
      const reply = script && (script.length > 1 ? script.shift() : script[0]);
      response.writeHead(reply?.status ?? 200, { "content-type": "application/json" });
      response.end(reply?.body ?? '{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    /** The replies a path gets, in order; the last one is kept for every later request. */
    script(path: string, replies: { status: number; body?: string }[]) {
      scripts.set(
        path,
        replies.map((reply) => ({ status: reply.status, body: reply.body ?? '{"ok":false}' })),
      );
    },
    to(path: string) {
      return requests.filter((request) => request.path === path);
    },
    stop() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
