import { getDb } from "@/lib/db";

export type NewWorkUnit = {
  missionId: string;
  roundId: string;
  position: number;
  unitKey: string;
  title: string;
  description: string;
  filesHint: string[];
  dependsOn?: string[];
  acceptance: string | null;
  layer: number;
};

export function insertWorkUnit(unit: NewWorkUnit) {
  return getDb().workUnit.create({ data: unit });
}
