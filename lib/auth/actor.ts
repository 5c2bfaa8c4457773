import type { Role } from "@/lib/auth/roles";

/**
 * Who is acting: a signed-in user, the owner of an API token, or Mission Control itself on a
 * verified webhook's behalf (`system`: its userId is empty and never written as a user).
 */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: Role;
  via: "session" | "token" | "system";
  /** Set for the token a launched agent was given: it acts for that session only. */
  agentSessionId?: string;
};
