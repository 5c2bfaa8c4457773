import type { Tx } from "@/inngest/local-runner/pg-pool";
import { type SyncedFunction, syncedFunctionSchema } from "@/inngest/local-runner/types";

export async function loadFunctions(tx: Tx): Promise<SyncedFunction[]> {
  const { rows } = await tx.query<{ config: unknown }>(
    "SELECT config FROM inngest_runner.functions",
  );
  return rows.map((row) => syncedFunctionSchema.parse(row.config));
}

export async function loadFunction(
  tx: Tx,
  functionId: string,
): Promise<SyncedFunction | undefined> {
  const { rows } = await tx.query<{ config: unknown }>(
    "SELECT config FROM inngest_runner.functions WHERE function_id = $1",
    [functionId],
  );
  return rows[0] ? syncedFunctionSchema.parse(rows[0].config) : undefined;
}
