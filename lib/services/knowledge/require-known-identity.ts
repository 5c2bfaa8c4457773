import { findIdentityName } from "@/lib/data/knowledge/find-identity-name";
import type { Transaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";

/** The chosen author's name (null when none was chosen); refuses an identity that does not exist. */
export async function requireKnownIdentity(tx: Transaction, id: string | undefined) {
  if (!id) return null;
  const name = await findIdentityName(tx, id);
  if (!name) throw new UserInputError("Unknown identity.", "createdByIdentityId");
  return name;
}
