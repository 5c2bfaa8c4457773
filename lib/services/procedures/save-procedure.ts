import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { insertProcedure } from "@/lib/data/procedures/insert-procedure";
import { procedureExists } from "@/lib/data/procedures/procedure-exists";
import { updateProcedure } from "@/lib/data/procedures/update-procedure";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import type { ProcedureInput } from "@/lib/validation/procedures";

/** Creates a procedure, or updates the one with `id`; audited either way. */
export async function saveProcedure(actor: Actor, input: ProcedureInput, id?: string) {
  authorize(actor, "operator");
  const data = {
    name: input.name,
    type: input.type ?? null,
    shortDescription: input.shortDescription ?? null,
    locationType: input.locationType ?? null,
    filePath: input.filePath ?? null,
    appliesToProjects: input.appliesTo,
    mandatory: input.mandatory,
    frequency: input.frequency ?? null,
    updatedAt: new Date(),
  };
  return inTransaction(async (tx) => {
    if (id && !(await procedureExists(tx, id))) {
      throw new UserInputError("Unknown procedure.", "form");
    }
    const procedure = id ? await updateProcedure(tx, id, data) : await insertProcedure(tx, data);
    await insertAuditEntry(tx, {
      operation: id ? "update_procedure" : "create_procedure",
      targetType: "procedure",
      targetId: procedure.id,
      details: { name: input.name, mandatory: input.mandatory, appliesTo: input.appliesTo },
      userId: actor.userId,
    });
    return procedure;
  });
}
