"use client";

import { addCommentAction } from "@/app/(app)/feedback/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

/** An added comment shows in the thread; the one error line is the text's or the form's. */
export function FeedbackCommentForm({ feedbackId }: { feedbackId: string }) {
  const { state, formAction, pending } = useFormAction(addCommentAction);
  const message = state.fieldErrors?.text ?? state.fieldErrors?.form;
  return (
    <form action={formAction} className="flex flex-col gap-2" aria-label="Add comment">
      <input type="hidden" name="feedbackId" value={feedbackId} />
      <Label htmlFor="comment-text">Comment</Label>
      <Textarea
        id="comment-text"
        name="text"
        rows={3}
        defaultValue={state.values?.text}
        aria-invalid={Boolean(message)}
        aria-describedby="comment-error"
      />
      <FieldError id="comment-error" message={message} />
      <Button type="submit" size="sm" disabled={pending} className="self-start">
        Add comment
      </Button>
    </form>
  );
}
