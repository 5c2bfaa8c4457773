/**
 * Whether a write failed on a unique index (Prisma's P2002): another transaction committed a row
 * with the same key after this one looked. The transaction it ran in is rolled back.
 */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}
