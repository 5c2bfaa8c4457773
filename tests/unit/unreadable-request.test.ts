import { describe, expect, it } from "vitest";
import { refuseUnreadableRequest } from "@/lib/api/unreadable-request";
import { pathOfNul } from "@/lib/validation/nul-character";

const action = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1/procedures/new", {
    method: "POST",
    headers: { "next-action": "7f0ff701788da19c4dc59d99a5d1bbd168b5efc970", ...headers },
    body,
  });
const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("the proxy's refusal of requests Next would answer with a 500", () => {
  it("lets a server action call as React encodes it through", async () => {
    const call = form([
      ["_1_name", "Review"],
      ["0", '[{},"$K1"]'],
    ]);
    expect(await refuseUnreadableRequest(action(call))).toBeNull();
    expect(
      await refuseUnreadableRequest(action("[]", { "content-type": "text/plain" })),
    ).toBeNull();
  });

  it("answers 413 to a body over 1 MiB and 400 to one React cannot decode", async () => {
    const big = form([
      ["_1_name", "x".repeat(1024 * 1024 + 1)],
      ["0", '[{},"$K1"]'],
    ]);
    expect((await refuseUnreadableRequest(action(big)))?.status).toBe(413);
    for (const body of ["not json", '{"0":{}}'])
      expect(
        (await refuseUnreadableRequest(action(body, { "content-type": "text/plain" })))?.status,
      ).toBe(400);
    expect((await refuseUnreadableRequest(action(form([["name", "x"]]))))?.status).toBe(400);
  });

  it("answers 400 to a path with malformed percent-encoding and passes other requests", async () => {
    const malformed = new Request("http://127.0.0.1/api/v1/missions/%E0%A4%A");
    expect((await refuseUnreadableRequest(malformed))?.status).toBe(400);
    expect(await refuseUnreadableRequest(new Request("http://127.0.0.1/missions"))).toBeNull();
    const apiPost = new Request("http://127.0.0.1/api/v1/missions", { method: "POST", body: "x" });
    expect(await refuseUnreadableRequest(apiPost)).toBeNull();
  });
});

describe("pathOfNul", () => {
  it("names where a NUL character is in a JSON value, key or string", () => {
    expect(pathOfNul({ a: [1, { b: "x\u0000" }] })).toEqual(["a", 1, "b"]);
    expect(pathOfNul({ "k\u0000": 1 })).toEqual(["k\u0000"]);
    expect(pathOfNul({ a: "fine", b: [null, 2] })).toBeNull();
  });
});
