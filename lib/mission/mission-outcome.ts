export type MissionEnding = {
  stopReason: string;
  verification: { passed: boolean; head: string } | null;
  publish?: string;
  failure?: string;
};

export type MissionTally = { cancelled: boolean; units: number; merged: number };

/**
 * The status a mission ends in: failed when its run failed, cancelled when a person cancelled it,
 * succeeded when green passes and the objective was met or work was merged on the way.
 */
export function missionOutcome(ending: MissionEnding, tally: MissionTally) {
  if (ending.failure) return "failed";
  if (tally.cancelled) return "cancelled";
  const achieved = ending.stopReason.startsWith("objective met") || tally.merged > 0;
  return ending.verification?.passed && achieved ? "succeeded" : "failed";
}

/** The one-paragraph result shown on the mission page. */
export function missionResultSummary(ending: MissionEnding, tally: MissionTally): string {
  return [
    `${tally.merged} of ${tally.units} units merged.`,
    ending.verification
      ? `Final verification ${ending.verification.passed ? "passed" : "failed"} on ${ending.verification.head.slice(0, 10)}.`
      : "No final verification.",
    ending.publish ? `${ending.publish[0]?.toUpperCase()}${ending.publish.slice(1)}.` : "",
    ending.failure ? `Failed: ${ending.failure}` : "",
  ]
    .filter(Boolean)
    .join(" ");
}
