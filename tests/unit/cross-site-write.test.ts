import { describe, expect, it } from "vitest";
import { crossSiteWriteReason } from "@/lib/api/cross-site-write";

const request = (method: string, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1:3000/api/v1/missions", { method, headers });

describe("a write on a session cookie", () => {
  it("is refused from another site, or when it is not JSON (what a plain form sends)", () => {
    expect(crossSiteWriteReason(request("POST", { "content-type": "text/plain" }))).toBe(
      "Send the request as application/json.",
    );
    expect(
      crossSiteWriteReason(
        request("POST", { "content-type": "application/json", "sec-fetch-site": "same-site" }),
      ),
    ).toBe("Cross-site requests cannot change anything.");
  });

  it("is let through as JSON from our own origin, and reads are never checked", () => {
    const json = { "content-type": "application/json" };
    expect(crossSiteWriteReason(request("POST", json))).toBeNull();
    expect(
      crossSiteWriteReason(request("POST", { ...json, "sec-fetch-site": "same-origin" })),
    ).toBeNull();
    expect(crossSiteWriteReason(request("GET", { "sec-fetch-site": "cross-site" }))).toBeNull();
  });
});
