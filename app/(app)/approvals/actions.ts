"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/forms/form-action";
import { decideByLink } from "@/lib/services/notifications/decide-by-link";
import { approvalLinkFormSchema } from "@/lib/validation/notifications";

export const decideByLinkAction = formAction(
  {
    role: "operator",
    schema: approvalLinkFormSchema,
    fields: ["budgetUsd"],
    hidden: ["token"],
  },
  async ({ actor, input }) => {
    const { missionId, decision } = await decideByLink(actor, input.token, input.budgetUsd);
    redirect(`/missions/${missionId}?decided=${decision}`);
  },
);
