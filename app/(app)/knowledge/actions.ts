"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/forms/form-action";
import { applyKnowledge } from "@/lib/services/knowledge/apply-knowledge";
import { createKnowledge } from "@/lib/services/knowledge/create-knowledge";
import { updateKnowledge } from "@/lib/services/knowledge/update-knowledge";
import { knowledgeIdSchema, knowledgeInputSchema } from "@/lib/validation/knowledge";

const FIELDS = [
  "title",
  "description",
  "type",
  "category",
  "confidence",
  "createdByIdentityId",
] as const;

export const createKnowledgeAction = formAction(
  { role: "operator", schema: knowledgeInputSchema, fields: FIELDS },
  async ({ actor, input }) => {
    const { id } = await createKnowledge(actor, input);
    revalidatePath("/knowledge");
    redirect(`/knowledge/${id}`);
  },
);

export const updateKnowledgeAction = formAction(
  {
    role: "operator",
    schema: knowledgeInputSchema.extend({ id: knowledgeIdSchema }),
    fields: FIELDS,
    hidden: ["id"],
  },
  async ({ actor, input: { id, ...entry } }) => {
    await updateKnowledge(actor, id, entry);
    revalidatePath("/knowledge");
    revalidatePath(`/knowledge/${id}`);
    return { ok: true, message: "Saved." };
  },
);

export const markAppliedAction = formAction(
  { role: "operator", schema: z.object({ id: knowledgeIdSchema }), hidden: ["id"] },
  async ({ actor, input: { id } }) => {
    const timesApplied = await applyKnowledge(actor, id);
    revalidatePath("/knowledge");
    revalidatePath(`/knowledge/${id}`);
    return { ok: true, message: `Marked applied (${timesApplied} in all).` };
  },
);
