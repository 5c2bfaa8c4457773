"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/require";
import { UserInputError } from "@/lib/errors/user-input-error";
import { createMission } from "@/lib/services/missions/create-mission";
import { decideApproval } from "@/lib/services/missions/decide-approval";
import { requestMissionCancel } from "@/lib/services/missions/request-mission-cancel";
import { saveMissionSettings } from "@/lib/services/missions/save-mission-settings";
import { startDemoMission } from "@/lib/services/missions/start-demo-mission";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import {
  approvalDecisionInputSchema,
  missionIdSchema,
  missionSettingsInputSchema,
  newMissionSchema,
} from "@/lib/validation/missions";

export type MissionFormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

const NEW_MISSION_FIELDS = [
  "projectId",
  "objective",
  "workers",
  "maxRounds",
  "wallTimeMinutes",
  "budgetUsd",
  "agentProfileId",
  "approvalPolicy",
  "fixupPolicy",
  "largeMergeLines",
] as const;

const SETTINGS_FIELDS = [
  "cloneUrl",
  "baseBranch",
  "greenBranch",
  "verifyCommand",
  "agentProfileId",
  "defaultWorkers",
  "pushRemote",
] as const;

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

// Services parse their input themselves; a form is parsed here too, to show every field's error.
const valuesOf = (formData: FormData, names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, text(formData, name)]));

function refused(error: unknown, values?: Record<string, string>): MissionFormState {
  if (error instanceof UserInputError)
    return { fieldErrors: { [error.field ?? "form"]: error.message }, values };
  throw error;
}

export async function createMissionAction(
  _previous: MissionFormState,
  formData: FormData,
): Promise<MissionFormState> {
  const actor = await requireRole("operator");
  const values = valuesOf(formData, NEW_MISSION_FIELDS);
  values.chain = formData.get("chain") === "on" ? "on" : "";
  const parsed = newMissionSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  let missionId: string;
  try {
    missionId = await createMission(actor, values);
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath("/missions");
  redirect(`/missions/${missionId}`);
}

export async function cancelMissionAction(
  _previous: MissionFormState,
  formData: FormData,
): Promise<MissionFormState> {
  const actor = await requireRole("operator");
  const id = missionIdSchema.safeParse(formData.get("missionId"));
  if (!id.success) return { fieldErrors: { form: "Unknown mission." } };
  try {
    await requestMissionCancel(actor, id.data);
  } catch (error) {
    return refused(error);
  }
  revalidatePath("/missions");
  return { ok: true, message: "Cancel requested; the mission stops after its current step." };
}

export async function decideApprovalAction(
  _previous: MissionFormState,
  formData: FormData,
): Promise<MissionFormState> {
  const actor = await requireRole("operator");
  const parsed = approvalDecisionInputSchema.safeParse({
    approvalId: text(formData, "approvalId"),
    decision: text(formData, "decision"),
  });
  if (!parsed.success) return { fieldErrors: { form: parsed.error.issues[0].message } };
  try {
    await decideApproval(actor, parsed.data.approvalId, parsed.data.decision);
  } catch (error) {
    return refused(error);
  }
  return { ok: true, message: parsed.data.decision === "approved" ? "Approved." : "Rejected." };
}

export async function saveMissionSettingsAction(
  _previous: MissionFormState,
  formData: FormData,
): Promise<MissionFormState> {
  const actor = await requireRole("operator");
  const values = valuesOf(formData, SETTINGS_FIELDS);
  const projectId = z.uuid().safeParse(formData.get("projectId"));
  if (!projectId.success) return { fieldErrors: { form: "Unknown project." }, values };
  const parsed = missionSettingsInputSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  try {
    await saveMissionSettings(actor, projectId.data, values);
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(`/launcher/projects/${projectId.data}`);
  return { ok: true, message: "Mission settings saved." };
}

export async function startDemoMissionAction(): Promise<void> {
  const actor = await requireRole("operator");
  const missionId = await startDemoMission(actor);
  revalidatePath("/missions");
  redirect(`/missions/${missionId}`);
}
