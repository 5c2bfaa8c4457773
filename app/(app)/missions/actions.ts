"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/require";
import { formAction } from "@/lib/forms/form-action";
import { createMission } from "@/lib/services/missions/create-mission";
import { decideApproval } from "@/lib/services/missions/decide-approval";
import { requestMissionCancel } from "@/lib/services/missions/request-mission-cancel";
import { saveMissionSettings } from "@/lib/services/missions/save-mission-settings";
import { startDemoMission } from "@/lib/services/missions/start-demo-mission";
import {
  approvalDecisionInputSchema,
  missionIdSchema,
  missionSettingsInputSchema,
  newMissionSchema,
} from "@/lib/validation/missions";

// The services parse their input themselves (they get `values`); the form is parsed here too, to
// show every field's error at once.

export const createMissionAction = formAction(
  {
    role: "operator",
    schema: newMissionSchema,
    fields: [
      "projectId",
      "objective",
      "workers",
      "maxRounds",
      "wallTimeMinutes",
      "budgetUsd",
      "agentProfileId",
      "approvalPolicy",
      "fixupPolicy",
      "toolRefusedPolicy",
      "largeMergeLines",
      "mergeBatchSize",
      "chain",
    ],
  },
  async ({ actor, values }) => {
    const missionId = await createMission(actor, values);
    revalidatePath("/missions");
    redirect(`/missions/${missionId}`);
  },
);

export const cancelMissionAction = formAction(
  { role: "operator", schema: z.object({ missionId: missionIdSchema }), hidden: ["missionId"] },
  async ({ actor, input }) => {
    await requestMissionCancel(actor, input.missionId);
    revalidatePath("/missions");
    return { ok: true };
  },
);

export const decideApprovalAction = formAction(
  {
    role: "operator",
    schema: approvalDecisionInputSchema,
    fields: ["budgetUsd"],
    hidden: ["approvalId", "decision"],
  },
  async ({ actor, input }) => {
    await decideApproval(actor, input.approvalId, input.decision, input.budgetUsd);
    return { ok: true, message: input.decision === "approved" ? "Approved." : "Rejected." };
  },
);

export const saveMissionSettingsAction = formAction(
  {
    role: "operator",
    schema: missionSettingsInputSchema.extend({ projectId: z.uuid({ error: "Unknown project." }) }),
    fields: [
      "cloneUrl",
      "baseBranch",
      "greenBranch",
      "verifyCommand",
      "agentProfileId",
      "defaultWorkers",
      "pushRemote",
    ],
    hidden: ["projectId"],
  },
  async ({ actor, input, values }) => {
    await saveMissionSettings(actor, input.projectId, values);
    revalidatePath(`/launcher/projects/${input.projectId}`);
    return { ok: true, message: "Mission settings saved." };
  },
);

/** Posted by the missions page's button without a form state: it only ever redirects. */
export async function startDemoMissionAction(): Promise<void> {
  const actor = await requireRole("operator");
  const missionId = await startDemoMission(actor);
  revalidatePath("/missions");
  redirect(`/missions/${missionId}`);
}
