import { forbidden, redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { authorize, ForbiddenError, UnauthenticatedError } from "@/lib/auth/authorize";
import { getSessionActor } from "@/lib/auth/current-actor";
import type { Role } from "@/lib/auth/roles";

/** For pages and server actions: sends a visitor to /login, a user without the role to 403. */
export async function requireRole(required: Role): Promise<Actor> {
  try {
    return authorize(await getSessionActor(), required);
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect("/login");
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}

export function requireSession(): Promise<Actor> {
  return requireRole("viewer");
}
