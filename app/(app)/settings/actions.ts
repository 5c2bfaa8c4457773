"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import type { FormState } from "@/lib/forms/form-state";
import { addAgentProfile } from "@/lib/services/settings/add-agent-profile";
import { deleteAgentProfile } from "@/lib/services/settings/delete-agent-profile";
import { editAgentProfile } from "@/lib/services/settings/edit-agent-profile";
import { saveAllowedRoots } from "@/lib/services/settings/save-allowed-roots";
import { saveApprovalTimeout } from "@/lib/services/settings/save-approval-timeout";
import { saveMissionDefaults } from "@/lib/services/settings/save-mission-defaults";
import { saveRawSetting } from "@/lib/services/settings/save-raw-setting";
import { setDefaultAgentProfile } from "@/lib/services/settings/set-default-agent-profile";
import {
  agentProfileFormSchema,
  allowedRootsFormSchema,
  approvalTimeoutFormSchema,
  missionDefaultsFormSchema,
  newRawSettingFormSchema,
  profileIdFormSchema,
  rawSettingFormSchema,
} from "@/lib/validation/settings";

const PROFILE_FIELDS = [
  "id",
  "name",
  "kind",
  "command",
  "args",
  "extraArgs",
  "model",
  "apiBaseUrl",
  "env",
  "permissionMode",
  "timeoutSeconds",
  "outputFormat",
  "removeApiKey",
];
// Read, never sent back: an API key the form keeps no copy of.
const PROFILE_SECRETS = ["apiKey"];
const RAW_FIELDS = ["value", "description"];

/** Done: the page shows the change. A form that edits keeps what was saved (`values`). */
function saved(message: string, values?: Record<string, string>): FormState {
  revalidatePath("/settings");
  return { ok: true, message, values };
}

const profileForm = {
  role: "admin",
  schema: agentProfileFormSchema,
  fields: PROFILE_FIELDS,
  secret: PROFILE_SECRETS,
} as const;

export const addAgentProfileAction = formAction(
  profileForm,
  async ({ actor, input: { profile, apiKey } }) => {
    await addAgentProfile(actor, profile, apiKey);
    return saved(`Added ${profile.id}.`);
  },
);

export const editAgentProfileAction = formAction(
  profileForm,
  async ({ actor, input: { profile, apiKey }, values }) => {
    await editAgentProfile(actor, profile, apiKey);
    // The key was taken or removed: the form starts with an empty key and the box unticked.
    return saved("Saved.", { ...values, removeApiKey: "" });
  },
);

export const deleteAgentProfileAction = formAction(
  { role: "admin", schema: profileIdFormSchema, hidden: ["profileId"] },
  async ({ actor, input: { profileId } }) => {
    await deleteAgentProfile(actor, profileId);
    return saved(`Deleted ${profileId}.`);
  },
);

export const setDefaultProfileAction = formAction(
  { role: "admin", schema: profileIdFormSchema, fields: ["profileId"] },
  async ({ actor, input: { profileId }, values }) => {
    await setDefaultAgentProfile(actor, profileId);
    return saved(`The default is now ${profileId}.`, values);
  },
);

export const saveMissionDefaultsAction = formAction(
  {
    role: "admin",
    schema: missionDefaultsFormSchema,
    fields: ["workers", "maxRounds", "wallTimeMinutes", "budgetUsd", "approvalPolicy"],
  },
  async ({ actor, input, values }) => {
    await saveMissionDefaults(actor, input);
    return saved("Saved.", values);
  },
);

export const saveApprovalTimeoutAction = formAction(
  { role: "admin", schema: approvalTimeoutFormSchema, fields: ["minutes"] },
  async ({ actor, input: { seconds }, values }) => {
    await saveApprovalTimeout(actor, seconds);
    return saved("Saved.", values);
  },
);

export const saveAllowedRootsAction = formAction(
  { role: "admin", schema: allowedRootsFormSchema, fields: ["roots"] },
  async ({ actor, input: { roots }, values }) => {
    await saveAllowedRoots(actor, roots);
    return saved("Saved.", values);
  },
);

export const addRawSettingAction = formAction(
  { role: "admin", schema: newRawSettingFormSchema, fields: ["key", ...RAW_FIELDS] },
  async ({ actor, input }) => {
    await saveRawSetting(actor, input, { isNew: true });
    return saved(`Added ${input.key}.`);
  },
);

export const editRawSettingAction = formAction(
  { role: "admin", schema: rawSettingFormSchema, fields: RAW_FIELDS, hidden: ["key"] },
  async ({ actor, input, values }) => {
    await saveRawSetting(actor, input, { isNew: false });
    return saved("Saved.", values);
  },
);
