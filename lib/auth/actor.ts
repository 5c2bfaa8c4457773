import type { Role } from "@/lib/auth/roles";

/** Who is acting: a signed-in user, or the owner of an API token. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: Role;
  via: "session" | "token";
};
