type BadgeVariant = "default" | "secondary" | "destructive" | "outline";

export const MISSION_STATUS_LABELS: Record<string, string> = {
  queued: "Queued",
  running: "Running",
  awaiting_approval: "Waiting for approval",
  succeeded: "Succeeded",
  failed: "Failed",
  cancelled: "Cancelled",
};

export const MISSION_STATUS_VARIANTS: Record<string, BadgeVariant> = {
  queued: "outline",
  running: "secondary",
  awaiting_approval: "default",
  succeeded: "secondary",
  failed: "destructive",
  cancelled: "outline",
};

export const UNIT_STATUS_VARIANTS: Record<string, BadgeVariant> = {
  pending: "outline",
  running: "default",
  completed: "secondary",
  merged: "secondary",
  failed: "destructive",
  blocked: "destructive",
  conflicted: "destructive",
  reverted: "outline",
  cancelled: "outline",
};

export const APPROVAL_KIND_LABELS: Record<string, string> = {
  push: "Push the green branch",
  large_merge: "Merge a large unit",
  chain: "Start the next mission",
  budget: "Budget spent: raise it or stop",
  tool: "Allow a tool the agent was refused",
};

export const APPROVAL_STATUS_LABELS: Record<string, string> = {
  pending: "Waiting",
  approved: "Approved",
  rejected: "Rejected",
  timed_out: "Timed out",
};

export const MISSION_APPROVAL_POLICY_LABELS: Record<string, string> = {
  always: "Ask before pushing green",
  "large-merges": "Ask before pushing green and before large merges",
  never: "Never ask",
};

export const TOOL_REFUSED_POLICY_LABELS: Record<string, string> = {
  fail: "End the unit, naming the tool",
  ask: "Ask a person to allow it, then run the unit again",
};

export const FIXUP_POLICY_LABELS: Record<string, string> = {
  revert: "Undo the merge",
  fixup: "Dispatch a fix-up unit",
};
