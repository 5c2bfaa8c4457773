import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { signInSchema } from "@/lib/validation/sign-in";
import { changeRoleSchema, newUserSchema } from "@/lib/validation/users";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("sign-in input", () => {
  it("normalises the email", () => {
    expect(signInSchema.parse({ email: "  Admin@Example.COM ", password: "x" }).email).toBe(
      "admin@example.com",
    );
  });

  it("rejects a missing password and a malformed email with clear messages", () => {
    expect(messages(signInSchema.safeParse({ email: "admin@example.com", password: "" }))).toEqual([
      "Enter your password.",
    ]);
    expect(messages(signInSchema.safeParse({ email: "not-an-email", password: "x" }))).toEqual([
      "Enter a valid email address.",
    ]);
  });
});

describe("new user input", () => {
  const valid = {
    email: "op@example.com",
    name: "Op",
    password: "a-long-password",
    role: "operator",
  };

  it("accepts a valid user", () => {
    expect(newUserSchema.parse(valid)).toEqual(valid);
  });

  it("rejects short passwords, empty or oversized names and unknown roles", () => {
    expect(messages(newUserSchema.safeParse({ ...valid, password: "short" }))).toEqual([
      "Use at least 12 characters.",
    ]);
    expect(messages(newUserSchema.safeParse({ ...valid, name: "   " }))).toEqual(["Enter a name."]);
    expect(messages(newUserSchema.safeParse({ ...valid, name: "x".repeat(101) }))).toEqual([
      "Use at most 100 characters.",
    ]);
    expect(newUserSchema.safeParse({ ...valid, role: "superuser" }).success).toBe(false);
  });

  it("keeps markup as plain text rather than rejecting or altering it", () => {
    expect(newUserSchema.parse({ ...valid, name: "<script>alert(1)</script>" }).name).toBe(
      "<script>alert(1)</script>",
    );
  });
});

describe("role change input", () => {
  it("requires a user id that is a UUID and a known role", () => {
    expect(
      changeRoleSchema.safeParse({ userId: "1; DROP TABLE users", role: "admin" }).success,
    ).toBe(false);
    expect(
      changeRoleSchema.safeParse({ userId: "7b3c6f5e-8d0a-4c1b-9e2f-3a4b5c6d7e8f", role: "root" })
        .success,
    ).toBe(false);
    expect(
      changeRoleSchema.safeParse({ userId: "7b3c6f5e-8d0a-4c1b-9e2f-3a4b5c6d7e8f", role: "viewer" })
        .success,
    ).toBe(true);
  });
});

describe("the callback after sign-in", () => {
  it.each([
    ["/sessions?page=2", "/sessions?page=2"],
    ["https://evil.example/phish", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["", "/"],
    [undefined, "/"],
  ])("%s goes to %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
