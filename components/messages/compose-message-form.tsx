"use client";

import { useActionState } from "react";
import { type MessageFormState, sendMessageAction } from "@/app/(app)/messages/actions";
import { MESSAGE_TYPE_LABELS } from "@/components/messages/message-type-labels";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";

type Identity = { id: string; name: string };

export function ComposeMessageForm({
  identities,
  defaultFrom,
}: {
  identities: Identity[];
  defaultFrom?: string;
}) {
  const [state, action, pending] = useActionState<MessageFormState, FormData>(
    sendMessageAction,
    {},
  );
  const error = (name: string) => state.fieldErrors?.[name];
  const control = (name: string) => ({
    id: `compose-${name}`,
    name,
    "aria-invalid": Boolean(error(name)),
    "aria-describedby": `compose-${name}-error`,
  });
  const options = identities.map((identity) => (
    <option key={identity.id} value={identity.id}>
      {identity.name}
    </option>
  ));
  return (
    <form
      action={action}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      aria-label="Compose message"
    >
      <FormField id="compose-fromIdentityId" label="From" error={error("fromIdentityId")}>
        <NativeSelect
          {...control("fromIdentityId")}
          defaultValue={state.values?.fromIdentityId ?? defaultFrom ?? ""}
        >
          <option value="">Choose an identity</option>
          {options}
        </NativeSelect>
      </FormField>
      <FormField id="compose-toIdentityId" label="To" error={error("toIdentityId")}>
        <NativeSelect {...control("toIdentityId")} defaultValue={state.values?.toIdentityId ?? ""}>
          <option value="">Everyone (broadcast)</option>
          {options}
        </NativeSelect>
      </FormField>
      <FormField id="compose-type" label="Type" error={error("type")}>
        <NativeSelect {...control("type")} defaultValue={state.values?.type ?? "task-request"}>
          {Object.entries(MESSAGE_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="compose-subject" label="Subject" error={error("subject")}>
        <Input {...control("subject")} defaultValue={state.values?.subject} />
      </FormField>
      <div className="sm:col-span-2">
        <FormField id="compose-body" label="Message" error={error("body")}>
          <Textarea {...control("body")} rows={4} defaultValue={state.values?.body} />
        </FormField>
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <FormSubmit
          pending={pending}
          message={state.ok ? state.message : undefined}
          errorId="compose-form-error"
          error={error("form")}
        >
          Send
        </FormSubmit>
      </div>
    </form>
  );
}
