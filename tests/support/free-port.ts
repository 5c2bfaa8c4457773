import { createServer } from "node:net";

/**
 * A loopback port nothing listens on now, for a process a test starts, kills and starts again
 * on the same address. The system picks it, so files running side by side never share one.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("No port was assigned.");
  return address.port;
}
