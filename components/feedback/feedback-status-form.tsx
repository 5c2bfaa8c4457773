"use client";

import { useActionState } from "react";
import { changeStatusAction, type FeedbackFormState } from "@/app/(app)/feedback/actions";
import { STATUS_LABELS } from "@/components/feedback/feedback-labels";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { NativeSelect } from "@/components/ui/native-select";

export function FeedbackStatusForm({ feedbackId, status }: { feedbackId: string; status: string }) {
  const [state, action, pending] = useActionState<FeedbackFormState, FormData>(
    changeStatusAction,
    {},
  );
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" aria-label="Change status">
      <input type="hidden" name="feedbackId" value={feedbackId} />
      <NativeSelect name="status" defaultValue={status} aria-label="Status">
        {Object.entries(STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </NativeSelect>
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        Change status
      </Button>
      {state.ok ? (
        <span role="status" className="text-sm text-muted-foreground">
          {state.message}
        </span>
      ) : null}
      <FieldError
        id="status-error"
        message={state.fieldErrors?.status ?? state.fieldErrors?.form}
      />
    </form>
  );
}
