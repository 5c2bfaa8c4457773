"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/require";
import { UserInputError } from "@/lib/errors/user-input-error";
import { saveProcedure } from "@/lib/services/procedures/save-procedure";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { procedureInputSchema } from "@/lib/validation/procedures";

export type ProcedureFormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

const FIELDS = [
  "name",
  "type",
  "shortDescription",
  "locationType",
  "filePath",
  "appliesTo",
  "frequency",
] as const;

export async function saveProcedureAction(
  _previous: ProcedureFormState,
  formData: FormData,
): Promise<ProcedureFormState> {
  const actor = await requireRole("operator");
  const values: Record<string, string> = Object.fromEntries(
    FIELDS.map((name) => [name, String(formData.get(name) ?? "")]),
  );
  values.mandatory = formData.get("mandatory") === "on" ? "on" : "";
  const id = z.uuid().safeParse(formData.get("id"));
  const parsed = procedureInputSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  let savedId: string;
  try {
    savedId = (await saveProcedure(actor, parsed.data, id.success ? id.data : undefined)).id;
  } catch (error) {
    if (error instanceof UserInputError)
      return { fieldErrors: { [error.field ?? "form"]: error.message }, values };
    throw error;
  }
  revalidatePath("/procedures");
  if (!id.success) redirect(`/procedures/${savedId}`);
  revalidatePath(`/procedures/${savedId}`);
  return { ok: true, message: "Saved." };
}
