import { describe, expect, it } from "vitest";
import {
  afterFailure,
  afterSuccess,
  FREE_FAILURES,
  type ThrottleState,
  throttledMessage,
  waitSeconds,
} from "@/lib/auth/sign-in-throttle-policy";

const start = new Date("2026-12-03T12:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const fresh: ThrottleState = { failures: 0, blockedUntil: null, updatedAt: start };

function failTimes(times: number, kind: "account" | "address", now = start) {
  let state = fresh;
  for (let i = 0; i < times; i++) state = afterFailure(state, kind, now);
  return state;
}

describe("the sign-in back-off", () => {
  it("lets the free failures through without a wait", () => {
    expect(waitSeconds(failTimes(FREE_FAILURES.account, "account"), start)).toBe(0);
    expect(waitSeconds(failTimes(FREE_FAILURES.address, "address"), start)).toBe(0);
  });

  it("doubles the wait past them, from a second up to a minute", () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 10].map((over) =>
      waitSeconds(failTimes(FREE_FAILURES.account + over, "account"), start),
    );
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
  });

  it("lets the next attempt through once the wait is over", () => {
    const blocked = failTimes(FREE_FAILURES.account + 3, "account");
    expect(waitSeconds(blocked, at(3_999))).toBe(1);
    expect(waitSeconds(blocked, at(4_000))).toBe(0);
  });

  it("forgets failures after a quarter of an hour", () => {
    const blocked = failTimes(FREE_FAILURES.account + 6, "account");
    const later = afterFailure(blocked, "account", at(16 * 60_000));
    expect(later.failures).toBe(1);
    expect(waitSeconds(later, at(16 * 60_000))).toBe(0);
  });

  it("clears an account on a right password, and takes back one count of the address", () => {
    const account = failTimes(FREE_FAILURES.account + 1, "account");
    expect(afterSuccess(account, "account", start)).toMatchObject({
      failures: 0,
      blockedUntil: null,
    });
    const address = failTimes(FREE_FAILURES.address, "address");
    expect(afterSuccess(address, "address", start)).toMatchObject({
      failures: FREE_FAILURES.address - 1,
      blockedUntil: null,
    });
  });

  it("says how long to wait", () => {
    expect(throttledMessage(1)).toBe("Too many attempts; try again in 1 second.");
    expect(throttledMessage(32)).toBe("Too many attempts; try again in 32 seconds.");
  });
});
