import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { auth } from "@/lib/auth/auth";
import { roleSchema } from "@/lib/auth/roles";
import { findUserById } from "@/lib/data/users/find-user-by-id";

/**
 * The signed-in user, read from the database on every request so that a changed role or a
 * deleted user takes effect at once rather than when the session cookie expires.
 */
export const getSessionActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await findUserById(userId);
  if (!user) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: roleSchema.parse(user.role),
    via: "session",
  };
});
