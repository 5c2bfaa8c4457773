"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/require";
import { UserInputError } from "@/lib/errors/user-input-error";
import { launchSession } from "@/lib/services/launcher/launch-session";
import { requestLaunchStop } from "@/lib/services/launcher/request-launch-stop";
import { saveProject } from "@/lib/services/projects/save-project";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { launchInputSchema, sessionIdSchema } from "@/lib/validation/launch";
import { projectInputSchema } from "@/lib/validation/projects";

export type LauncherFormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

const failed = (error: unknown, values?: Record<string, string>): LauncherFormState => {
  if (error instanceof UserInputError)
    return { fieldErrors: { [error.field ?? "form"]: error.message }, values };
  throw error;
};

export async function saveProjectAction(
  _previous: LauncherFormState,
  formData: FormData,
): Promise<LauncherFormState> {
  const actor = await requireRole("operator");
  const values = Object.fromEntries(
    ["name", "path", "type", "description"].map((name) => [name, text(formData, name)]),
  );
  const id = sessionIdSchema.safeParse(formData.get("id"));
  const parsed = projectInputSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  let savedId: string;
  try {
    savedId = (await saveProject(actor, parsed.data, id.success ? id.data : undefined)).project.id;
  } catch (error) {
    return failed(error, values);
  }
  revalidatePath("/launcher");
  redirect(`/launcher/projects/${savedId}?saved=1`);
}

export async function launchAction(
  _previous: LauncherFormState,
  formData: FormData,
): Promise<LauncherFormState> {
  const actor = await requireRole("operator");
  const parsed = launchInputSchema.safeParse({
    projectId: text(formData, "projectId"),
    identityId: text(formData, "identityId"),
    acknowledged: text(formData, "acknowledged"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues) };
  let sessionId: string;
  try {
    sessionId = (await launchSession(actor, parsed.data)).sessionId;
  } catch (error) {
    return failed(error);
  }
  revalidatePath("/launcher");
  redirect(`/sessions/${sessionId}`);
}

export async function stopLaunchAction(
  _previous: LauncherFormState,
  formData: FormData,
): Promise<LauncherFormState> {
  const actor = await requireRole("operator");
  const id = sessionIdSchema.safeParse(formData.get("sessionId"));
  if (!id.success) return { fieldErrors: { form: "Unknown session." } };
  try {
    await requestLaunchStop(actor, id.data);
  } catch (error) {
    return failed(error);
  }
  return { ok: true, message: "Stopping the agent…" };
}
