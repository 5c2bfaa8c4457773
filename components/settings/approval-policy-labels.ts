import type { ApprovalPolicy } from "@/lib/validation/settings";

export const APPROVAL_POLICY_LABELS: Record<ApprovalPolicy, string> = {
  always: "Always ask before merging and publishing",
  "large-merges": "Ask for large merges and publishing",
  never: "Never ask",
};
