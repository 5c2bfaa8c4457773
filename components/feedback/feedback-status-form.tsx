"use client";

import { changeStatusAction } from "@/app/(app)/feedback/actions";
import { STATUS_LABELS } from "@/components/feedback/feedback-labels";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormSubmit } from "@/components/ui/form-submit";
import { NativeSelect } from "@/components/ui/native-select";

export function FeedbackStatusForm({ feedbackId, status }: { feedbackId: string; status: string }) {
  const { state, formAction, pending } = useFormAction(changeStatusAction);
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-center gap-2"
      aria-label="Change status"
    >
      <input type="hidden" name="feedbackId" value={feedbackId} />
      <NativeSelect name="status" defaultValue={status} aria-label="Status">
        {Object.entries(STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </NativeSelect>
      <FormSubmit
        pending={pending}
        state={state}
        errorId="status-error"
        error={state.fieldErrors?.status ?? state.fieldErrors?.form}
        size="sm"
        variant="outline"
      >
        Change status
      </FormSubmit>
    </form>
  );
}
