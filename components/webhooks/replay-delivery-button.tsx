"use client";

import { replayWebhookDeliveryAction } from "@/app/(app)/launcher/projects/[id]/webhook-actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormSubmit } from "@/components/ui/form-submit";

/** Runs a logged delivery through its handler again; the answer says what it came to. */
export function ReplayDeliveryButton({ deliveryId }: { deliveryId: string }) {
  const { state, formAction, pending } = useFormAction(replayWebhookDeliveryAction);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <FormSubmit
        pending={pending}
        state={state}
        errorId={`replay-${deliveryId}-error`}
        variant="outline"
        size="sm"
      >
        Replay
      </FormSubmit>
    </form>
  );
}
