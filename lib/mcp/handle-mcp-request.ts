import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { findTokenSession } from "@/lib/data/mcp/find-token-session";
import { createMcpServer } from "@/lib/mcp/create-mcp-server";
import { hashApiToken } from "@/lib/services/api-tokens/hash-api-token";
import { tokenActor } from "@/lib/services/api-tokens/token-actor";

const jsonRpcError = (status: number, message: string) =>
  Response.json({ jsonrpc: "2.0", error: { code: -32001, message }, id: null }, { status });

/**
 * Serves one Streamable HTTP request, stateless: the bearer token is resolved as `withActor`
 * resolves it, then a server for that actor answers the request with JSON and is closed.
 */
export async function handleMcpRequest(request: Request): Promise<Response> {
  const header = request.headers.get("authorization");
  const bearer = header?.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : "";
  if (!bearer) return jsonRpcError(401, "Send an API token: Authorization: Bearer <token>.");
  const actor = await tokenActor(bearer);
  if (!actor) return jsonRpcError(401, "This API token is unknown, expired or revoked.");
  const sessionId = await findTokenSession(hashApiToken(bearer));
  const server = createMcpServer(actor, sessionId ? { sessionId } : {});
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  await server.connect(transport);
  try {
    return await transport.handleRequest(request);
  } finally {
    await server.close();
  }
}
