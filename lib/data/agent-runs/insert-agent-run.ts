import type { Transaction } from "@/lib/data/transaction";

export type AgentRunRecord = {
  projectId: string;
  missionId?: string;
  unitId?: string;
  sessionId?: string;
  role: "session" | "planner" | "critic" | "worker" | "reviewer";
  profileId: string;
  agentKind: string;
  model: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  costUsd: number | null;
  costSource: "reported" | "estimated" | "none";
  deniedTools: string[];
  exitCode: number | null;
  durationMs: number;
};

export async function insertAgentRun(tx: Transaction, run: AgentRunRecord) {
  await tx.agentRun.create({ data: run });
}
