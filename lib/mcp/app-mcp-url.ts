import { getEnv } from "@/lib/env";

/** The MCP server's URL as an agent on this machine reaches it: MC_APP_URL, else HOST:PORT. */
export function appMcpUrl(): string {
  const { MC_APP_URL, HOST, PORT } = getEnv();
  if (MC_APP_URL) return `${MC_APP_URL.replace(/\/+$/, "")}/api/mcp`;
  const host = HOST === "0.0.0.0" || HOST === "::" ? "127.0.0.1" : HOST;
  return `http://${host}:${PORT}/api/mcp`;
}
