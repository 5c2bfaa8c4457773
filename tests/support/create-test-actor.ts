import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";

/** A real user row with the role, as the actor the services are called with. */
export async function createTestActor(role: Role, email = `${role}@example.com`): Promise<Actor> {
  const user = await getDb().user.create({
    data: { email, name: role, passwordHash: "not-used", role },
  });
  return { userId: user.id, email: user.email, name: user.name, role, via: "session" };
}
