import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The handle a query takes to run inside a caller's transaction. */
export type Transaction = Prisma.TransactionClient;

/**
 * Runs `work` in one database transaction: the change, its audit row and its outbox event commit
 * together or not at all. Services use this instead of touching the Prisma client.
 */
export function inTransaction<T>(
  work: (tx: Transaction) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  return getDb().$transaction(work, options);
}
