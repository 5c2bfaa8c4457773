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

/** The single rule every page, action and route goes through. */
export function authorize(actor: Actor | null, required: Role): Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!hasRole(actor.role, required)) throw new ForbiddenError(required);
  return actor;
}
