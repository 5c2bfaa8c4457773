import { findIdentityName } from "@/lib/data/knowledge/find-identity-name";
import { UserInputError } from "@/lib/errors/user-input-error";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The chosen author's name (null when none was chosen); refuses an identity that does not exist. */
export async function requireKnownIdentity(tx: Prisma.TransactionClient, id: string | undefined) {
  if (!id) return null;
  const name = await findIdentityName(tx, id);
  if (!name) throw new UserInputError("Unknown identity.", "createdByIdentityId");
  return name;
}
