import type { Actor } from "@/lib/auth/actor";
import { hasRole, type Role } from "@/lib/auth/roles";

export class UnauthenticatedError extends Error {
  constructor() {
    super("Sign in to continue.");
    this.name = "UnauthenticatedError";
  }
}

export class ForbiddenError extends Error {
  constructor(required: Role) {
    super(`This needs the ${required} role.`);
    this.name = "ForbiddenError";
  }
}

export class AgentTokenRefusedError extends ForbiddenError {
  constructor() {
    super("operator");
    this.message =
      "A launched agent's session token cannot start, cancel or decide missions: a person does.";
  }
}

/**
 * For what only a person may do (start or cancel a mission, answer an approval): an agent that
 * was given a session token must not approve its own work.
 */
export function requirePerson(actor: Actor): Actor {
  if (actor.agentSessionId) throw new AgentTokenRefusedError();
  return actor;
}

/** The single rule every page, action and route goes through. */
export function authorize(actor: Actor | null, required: Role): Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!hasRole(actor.role, required)) throw new ForbiddenError(required);
  return actor;
}
