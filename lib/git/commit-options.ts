/**
 * Options for the commits Mission Control makes itself (leftovers, merges, reverts): the
 * project's hooks and commit signing are not run on them.
 */
export const OWN_COMMIT_CONFIG = [
  ...["-c", "core.hooksPath=/dev/null"],
  ...["-c", "commit.gpgSign=false"],
] as const;
