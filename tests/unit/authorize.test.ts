import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { authorize, ForbiddenError, UnauthenticatedError } from "@/lib/auth/authorize";
import { hasRole, type Role } from "@/lib/auth/roles";

const actor = (role: Role): Actor => ({
  userId: "u1",
  email: "a@example.com",
  name: "A",
  role,
  via: "session",
});

describe("the auth choke point", () => {
  it("refuses anyone who is not signed in", () => {
    expect(() => authorize(null, "viewer")).toThrow(UnauthenticatedError);
  });

  it.each([
    ["viewer", "viewer", true],
    ["viewer", "operator", false],
    ["viewer", "admin", false],
    ["operator", "viewer", true],
    ["operator", "operator", true],
    ["operator", "admin", false],
    ["admin", "viewer", true],
    ["admin", "operator", true],
    ["admin", "admin", true],
  ] as const)("a %s asking for %s is allowed: %s", (role, required, allowed) => {
    expect(hasRole(role, required)).toBe(allowed);
    if (allowed) expect(authorize(actor(role), required)).toEqual(actor(role));
    else expect(() => authorize(actor(role), required)).toThrow(ForbiddenError);
  });

  it("names the missing role in its message", () => {
    expect(() => authorize(actor("viewer"), "admin")).toThrow("This needs the admin role.");
  });
});
