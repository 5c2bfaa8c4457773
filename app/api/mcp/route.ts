import { handleMcpRequest } from "@/lib/mcp/handle-mcp-request";

export const dynamic = "force-dynamic";

/** The MCP server (Streamable HTTP, stateless), authorized by an API token. */
export const POST = handleMcpRequest;
export const DELETE = handleMcpRequest;

/** Stateless: no stream for server-sent requests to open. */
export function GET() {
  return new Response(null, { status: 405, headers: { Allow: "POST, DELETE" } });
}
