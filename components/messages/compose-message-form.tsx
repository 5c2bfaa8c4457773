"use client";

import { sendMessageAction } from "@/app/(app)/messages/actions";
import { useFormAction } from "@/components/forms/use-form-action";
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
  const { state, formAction, pending, control, field } = useFormAction(sendMessageAction, {
    idPrefix: "compose",
    initial: { fromIdentityId: defaultFrom, type: "task-request" },
  });
  const options = identities.map((identity) => (
    <option key={identity.id} value={identity.id}>
      {identity.name}
    </option>
  ));
  return (
    <form
      action={formAction}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      aria-label="Compose message"
    >
      <FormField {...field("fromIdentityId", "From")}>
        <NativeSelect {...control("fromIdentityId")}>
          <option value="">Choose an identity</option>
          {options}
        </NativeSelect>
      </FormField>
      <FormField {...field("toIdentityId", "To")}>
        <NativeSelect {...control("toIdentityId")}>
          <option value="">Everyone (broadcast)</option>
          {options}
        </NativeSelect>
      </FormField>
      <FormField {...field("type", "Type")}>
        <NativeSelect {...control("type")}>
          {Object.entries(MESSAGE_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField {...field("subject", "Subject")}>
        <Input {...control("subject")} />
      </FormField>
      <div className="sm:col-span-2">
        <FormField {...field("body", "Message")}>
          <Textarea {...control("body")} rows={4} />
        </FormField>
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <FormSubmit pending={pending} state={state} errorId="compose-form-error">
          Send
        </FormSubmit>
      </div>
    </form>
  );
}
