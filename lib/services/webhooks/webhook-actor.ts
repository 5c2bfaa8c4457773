import type { Actor } from "@/lib/auth/actor";

/** Mission Control acting on a verified webhook's behalf: an operator that is no user. */
export function webhookActor(source: "github" | "standard"): Actor {
  return {
    userId: "",
    email: "",
    name: source === "github" ? "GitHub webhook" : "Signed webhook",
    role: "operator",
    via: "system",
  };
}
