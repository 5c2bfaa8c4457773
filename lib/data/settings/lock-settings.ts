import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Serialises changes to settings until the transaction ends, so a read-modify-write of a
 * setting (or a rule spanning two, like "the default profile must exist") cannot interleave.
 */
export async function lockSettings(tx: Prisma.TransactionClient) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('claude_mission_control.app_settings'))`;
}
