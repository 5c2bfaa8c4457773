"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireRole } from "@/lib/auth/require";
import { UserInputError } from "@/lib/errors/user-input-error";
import { addAgentProfile } from "@/lib/services/settings/add-agent-profile";
import { deleteAgentProfile } from "@/lib/services/settings/delete-agent-profile";
import { editAgentProfile } from "@/lib/services/settings/edit-agent-profile";
import { saveAllowedRoots } from "@/lib/services/settings/save-allowed-roots";
import { saveApprovalTimeout } from "@/lib/services/settings/save-approval-timeout";
import { saveMissionDefaults } from "@/lib/services/settings/save-mission-defaults";
import { saveRawSetting } from "@/lib/services/settings/save-raw-setting";
import { setDefaultAgentProfile } from "@/lib/services/settings/set-default-agent-profile";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import {
  agentProfileFormSchema,
  allowedRootsFormSchema,
  approvalTimeoutFormSchema,
  missionDefaultsFormSchema,
  newRawSettingFormSchema,
  profileIdFormSchema,
  rawSettingFormSchema,
} from "@/lib/validation/settings";

export type SettingsFormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What was sent, so the form shows it again. */
  values?: Record<string, string>;
};

const PROFILE_FIELDS = [
  "id",
  "name",
  "kind",
  "command",
  "args",
  "env",
  "permissionMode",
  "timeoutSeconds",
  "outputFormat",
];
const MISSION_FIELDS = ["workers", "maxRounds", "wallTimeMinutes", "budgetUsd", "approvalPolicy"];
const RAW_FIELDS = ["key", "value", "description"];

/**
 * Parses the form, runs the change and says how it went. A form that
 * adds something (`clearOnSuccess`) comes back empty; the others keep what was saved.
 */
async function submit<Schema extends z.ZodType>(
  formData: FormData,
  fields: string[],
  schema: Schema,
  change: (input: z.output<Schema>) => Promise<string>,
  { clearOnSuccess = false } = {},
): Promise<SettingsFormState> {
  const values = Object.fromEntries(
    fields.map((field) => [field, String(formData.get(field) ?? "")]),
  );
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  try {
    const message = await change(parsed.data);
    revalidatePath("/settings");
    return { ok: true, message, values: clearOnSuccess ? undefined : values };
  } catch (error) {
    if (error instanceof UserInputError) {
      return { fieldErrors: { [error.field ?? "form"]: error.message }, values };
    }
    throw error;
  }
}

export async function addAgentProfileAction(_previous: SettingsFormState, formData: FormData) {
  const actor = await requireRole("admin");
  return submit(
    formData,
    PROFILE_FIELDS,
    agentProfileFormSchema,
    async (profile) => {
      await addAgentProfile(actor, profile);
      return `Added ${profile.id}.`;
    },
    { clearOnSuccess: true },
  );
}

export async function editAgentProfileAction(_previous: SettingsFormState, formData: FormData) {
  const actor = await requireRole("admin");
  return submit(formData, PROFILE_FIELDS, agentProfileFormSchema, async (profile) => {
    await editAgentProfile(actor, profile);
    return "Saved.";
  });
}

export async function deleteAgentProfileAction(_previous: SettingsFormState, formData: FormData) {
  const actor = await requireRole("admin");
  return submit(formData, ["profileId"], profileIdFormSchema, async ({ profileId }) => {
    await deleteAgentProfile(actor, profileId);
    return `Deleted ${profileId}.`;
  });
}

export async function setDefaultProfileAction(_previous: SettingsFormState, formData: FormData) {
  const actor = await requireRole("admin");
  return submit(formData, ["profileId"], profileIdFormSchema, async ({ profileId }) => {
    await setDefaultAgentProfile(actor, profileId);
    return `The default is now ${profileId}.`;
  });
}

export async function saveMissionDefaultsAction(_previous: SettingsFormState, formData: FormData) {
  const actor = await requireRole("admin");
  return submit(formData, MISSION_FIELDS, missionDefaultsFormSchema, async (defaults) => {
    await saveMissionDefaults(actor, defaults);
    return "Saved.";
  });
}

export async function saveApprovalTimeoutAction(_previous: SettingsFormState, formData: FormData) {
  const actor = await requireRole("admin");
  return submit(formData, ["minutes"], approvalTimeoutFormSchema, async ({ seconds }) => {
    await saveApprovalTimeout(actor, seconds);
    return "Saved.";
  });
}

export async function saveAllowedRootsAction(_previous: SettingsFormState, formData: FormData) {
  const actor = await requireRole("admin");
  return submit(formData, ["roots"], allowedRootsFormSchema, async ({ roots }) => {
    await saveAllowedRoots(actor, roots);
    return "Saved.";
  });
}

export async function addRawSettingAction(_previous: SettingsFormState, formData: FormData) {
  const actor = await requireRole("admin");
  return submit(
    formData,
    RAW_FIELDS,
    newRawSettingFormSchema,
    async (input) => {
      await saveRawSetting(actor, input, { isNew: true });
      return `Added ${input.key}.`;
    },
    { clearOnSuccess: true },
  );
}

export async function editRawSettingAction(_previous: SettingsFormState, formData: FormData) {
  const actor = await requireRole("admin");
  return submit(formData, RAW_FIELDS, rawSettingFormSchema, async (input) => {
    await saveRawSetting(actor, input, { isNew: false });
    return "Saved.";
  });
}
