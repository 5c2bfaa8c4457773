import type { AddressInfo } from "node:net";
import { createServer, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callFunction } from "@/inngest/local-runner/call-function";

// An app that answers the first call on each connection and resets the connection on the
// second, as a server does when it closes an idle kept-alive socket just as a call goes out.
const answered: number[] = [];
const sockets: Socket[] = [];
const server = createServer((socket: Socket) => {
  sockets.push(socket);
  const connection = sockets.length;
  let calls = 0;
  socket.on("data", (chunk) => {
    if (!String(chunk).startsWith("POST")) return;
    calls++;
    if (calls > 1) {
      socket.resetAndDestroy();
      return;
    }
    answered.push(connection);
    const body = JSON.stringify({ connection });
    socket.write(
      `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: keep-alive\r\n\r\n${body}`,
    );
  });
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/inngest`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const call = () =>
  callFunction({
    url,
    functionId: "app-fn",
    stepId: null,
    disableImmediateExecution: false,
    runId: "run",
    attempt: 0,
    maxAttempts: 1,
    event: { name: "test/event", data: {} },
    steps: {},
    stack: [],
    signingKey: `signkey-test-${"0".repeat(64)}`,
    at: new Date(),
  });

describe("calls over kept-alive sockets", () => {
  it("are sent again on a new socket when the app resets an idle one, without failing", async () => {
    expect(await call()).toEqual({ kind: "done", output: { connection: 1 } });
    expect(await call()).toEqual({ kind: "done", output: { connection: 2 } });
    expect(answered).toEqual([1, 2]);
  });
});
