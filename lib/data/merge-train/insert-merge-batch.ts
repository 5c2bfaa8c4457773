import { getDb } from "@/lib/db";

/** A new batch of the mission's train, numbered after the last one. */
export async function insertMergeBatch(batch: {
  missionId: string;
  position: number;
  size: number;
  unitIds: string[];
  baseCommit: string;
}) {
  return getDb().mergeBatch.create({ data: batch });
}
