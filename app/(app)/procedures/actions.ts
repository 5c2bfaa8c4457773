"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/forms/form-action";
import { saveProcedure } from "@/lib/services/procedures/save-procedure";
import { optionalId } from "@/lib/validation/optional-id";
import { procedureInputSchema } from "@/lib/validation/procedures";

export const saveProcedureAction = formAction(
  {
    role: "operator",
    schema: procedureInputSchema.extend({ id: optionalId("Unknown procedure.") }),
    fields: [
      "name",
      "type",
      "shortDescription",
      "locationType",
      "filePath",
      "appliesTo",
      "frequency",
      "mandatory",
    ],
    hidden: ["id"],
  },
  async ({ actor, input: { id, ...procedure } }) => {
    const saved = await saveProcedure(actor, procedure, id);
    revalidatePath("/procedures");
    if (!id) redirect(`/procedures/${saved.id}`);
    revalidatePath(`/procedures/${saved.id}`);
    return { ok: true, message: "Saved." };
  },
);
