import type { KnowledgeType } from "@/lib/validation/knowledge";

export const TYPE_LABELS: Record<KnowledgeType, string> = {
  pattern: "Pattern",
  technique: "Technique",
  gotcha: "Gotcha",
  "best-practice": "Best practice",
};

/** Agents may have written a type the app does not know: show it as it is. */
export function typeLabel(type: string): string {
  return TYPE_LABELS[type as KnowledgeType] ?? type;
}

export function appliedLabel(times: number | null): string {
  if (!times) return "never applied";
  return times === 1 ? "applied once" : `applied ${times} times`;
}
