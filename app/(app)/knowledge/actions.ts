"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/require";
import { UserInputError } from "@/lib/errors/user-input-error";
import { applyKnowledge } from "@/lib/services/knowledge/apply-knowledge";
import { createKnowledge } from "@/lib/services/knowledge/create-knowledge";
import { updateKnowledge } from "@/lib/services/knowledge/update-knowledge";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { knowledgeIdSchema, knowledgeInputSchema } from "@/lib/validation/knowledge";

export type KnowledgeFormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

const FIELDS = [
  "title",
  "description",
  "type",
  "category",
  "confidence",
  "createdByIdentityId",
] as const;

const valuesOf = (formData: FormData) =>
  Object.fromEntries(FIELDS.map((name) => [name, String(formData.get(name) ?? "")]));

const refusal = (error: unknown, values?: Record<string, string>): KnowledgeFormState => {
  if (error instanceof UserInputError)
    return { fieldErrors: { [error.field ?? "form"]: error.message }, values };
  throw error;
};

export async function createKnowledgeAction(
  _previous: KnowledgeFormState,
  formData: FormData,
): Promise<KnowledgeFormState> {
  const actor = await requireRole("operator");
  const values = valuesOf(formData);
  const parsed = knowledgeInputSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  let id: string;
  try {
    id = (await createKnowledge(actor, parsed.data)).id;
  } catch (error) {
    return refusal(error, values);
  }
  revalidatePath("/knowledge");
  redirect(`/knowledge/${id}`);
}

export async function updateKnowledgeAction(
  _previous: KnowledgeFormState,
  formData: FormData,
): Promise<KnowledgeFormState> {
  const actor = await requireRole("operator");
  const values = valuesOf(formData);
  const id = knowledgeIdSchema.safeParse(formData.get("id"));
  if (!id.success) return { fieldErrors: { form: "Unknown knowledge entry." }, values };
  const parsed = knowledgeInputSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  try {
    await updateKnowledge(actor, id.data, parsed.data);
  } catch (error) {
    return refusal(error, values);
  }
  revalidatePath("/knowledge");
  revalidatePath(`/knowledge/${id.data}`);
  return { ok: true, message: "Saved." };
}

export async function markAppliedAction(
  _previous: KnowledgeFormState,
  formData: FormData,
): Promise<KnowledgeFormState> {
  const actor = await requireRole("operator");
  const id = knowledgeIdSchema.safeParse(formData.get("id"));
  if (!id.success) return { fieldErrors: { form: "Unknown knowledge entry." } };
  let timesApplied: number;
  try {
    timesApplied = await applyKnowledge(actor, id.data);
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/knowledge");
  revalidatePath(`/knowledge/${id.data}`);
  return { ok: true, message: `Marked applied (${timesApplied} in all).` };
}
