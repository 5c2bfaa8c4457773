import { findTokenSession } from "@/lib/data/mcp/find-token-session";
import { hashApiToken } from "@/lib/services/api-tokens/hash-api-token";

/** The session a request's bearer token was minted for (a launched agent's), else null. */
export async function tokenSession(request: Request) {
  const header = request.headers.get("authorization");
  if (!header?.startsWith("Bearer ")) return null;
  return findTokenSession(hashApiToken(header.slice("Bearer ".length).trim()));
}
