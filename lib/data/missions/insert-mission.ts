import type { Transaction } from "@/lib/data/transaction";

export type NewMission = {
  projectId: string;
  objective: string;
  status?: string;
  workers: number;
  maxRounds: number;
  wallTimeMinutes: number;
  budgetUsd?: number | null;
  agentProfileId: string;
  approvalPolicy: string;
  fixupPolicy?: string;
  toolRefusedPolicy?: string;
  chain: boolean;
  largeMergeLines: number;
  mergeBatchSize?: number;
  createdByUserId: string | null;
};

export function insertMission(tx: Transaction, mission: NewMission) {
  return tx.mission.create({ data: mission, select: { id: true, projectId: true } });
}
