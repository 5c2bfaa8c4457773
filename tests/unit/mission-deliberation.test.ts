import { describe, expect, it } from "vitest";
import {
  type DeliberationEntry,
  deliberationEntries,
  latestNextObjective,
  patchDeliberation,
} from "@/lib/mission/deliberation";

const proposal = { units: [{ key: "a" }] };
const verdict = (next_objective?: string) => ({
  verdict: "sufficient",
  feedback: "fine",
  ...(next_objective === undefined ? {} : { next_objective }),
});

describe("stored deliberation", () => {
  it("reads anything that is not a list of attempts as none", () => {
    expect(deliberationEntries(null)).toEqual([]);
    expect(deliberationEntries({ attempt: 1 })).toEqual([]);
    expect(deliberationEntries([{ attempt: 1, proposal, verdict: null }])).toEqual([
      { attempt: 1, proposal, verdict: null },
    ]);
  });

  it("adds a new attempt with no proposal or verdict yet", () => {
    expect(patchDeliberation([], 1, { proposal })).toEqual([
      { attempt: 1, proposal, verdict: null },
    ]);
  });

  it("adds the critic's verdict to the attempt's proposal and leaves other attempts alone", () => {
    const first: DeliberationEntry = { attempt: 1, proposal, verdict: null, verdictError: "x" };
    const second: DeliberationEntry = { attempt: 2, proposal, verdict: null };
    expect(patchDeliberation([first, second], 2, { verdict: verdict() })).toEqual([
      first,
      { attempt: 2, proposal, verdict: verdict() },
    ]);
  });
});

describe("the next objective to chain", () => {
  it("is the last one the critic gave in the newest round that gave any", () => {
    const newest = [{ attempt: 1, verdict: verdict() }];
    const older = [
      { attempt: 1, verdict: verdict("Write the docs") },
      { attempt: 2, verdict: verdict("  Add a CLI  ") },
    ];
    const oldest = [{ attempt: 1, verdict: verdict("Start over") }];
    expect(latestNextObjective([newest, older, oldest])).toBe("Add a CLI");
  });

  it("is none when the critic never proposed one, or only blanks", () => {
    expect(latestNextObjective([])).toBeNull();
    expect(
      latestNextObjective([[{ attempt: 1, verdict: verdict("   ") }], "junk", null]),
    ).toBeNull();
  });
});
