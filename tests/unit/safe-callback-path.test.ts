import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";

describe("safeCallbackPath", () => {
  it.each([
    ["/", "/"],
    ["/sessions", "/sessions"],
    ["/missions/abc?tab=log#unit-2", "/missions/abc?tab=log#unit-2"],
    ["/approvals/1f2e.abc", "/approvals/1f2e.abc"],
    ["/settings/../sessions", "/sessions"],
    ["/a?next=a%2Fb", "/a?next=a%2Fb"],
  ])("keeps the path on this site %j", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it.each([
    "/\t/evil.example",
    "/.//evil.example",
    "/./../evil.example/..//evil.example",
    "//evil",
    "///evil",
    "\\\\evil",
    "/\\evil",
    "/%2F%2Fevil",
    "/%2f/evil",
    "/%5C%5Cevil",
    "https://evil",
    "http:/evil",
    "javascript:alert(1)",
    "evil.example",
    "/\n/evil.example",
    "/\r\nSet-Cookie: x=1",
    "/sessions\r\n",
    "/\u0000evil",
    " /sessions",
    "",
    "/".repeat(3000),
  ])("sends %j to /", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it("sends anything but a string to /", () => {
    for (const value of [undefined, null, 42, ["/sessions"], { toString: () => "/sessions" }])
      expect(safeCallbackPath(value)).toBe("/");
  });

  it("answers only what a Location header can hold", () => {
    expect(safeCallbackPath("/projects/é?q=ü")).toBe("/projects/%C3%A9?q=%C3%BC");
  });
});
