import { z } from "zod";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** What a session's JWT carries besides Auth.js's own: the user, their session version, its id. */
const sessionClaimsSchema = z.object({ sub: z.uuid(), sv: z.number().int(), sid: z.uuid() });
export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

export function sessionClaims(token: unknown): SessionClaims | null {
  const parsed = sessionClaimsSchema.safeParse(token);
  return parsed.success ? parsed.data : null;
}
