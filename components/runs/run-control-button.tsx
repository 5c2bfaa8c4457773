"use client";

import { controlRunAction } from "@/app/(app)/settings/runs/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";

export function RunControlButton({ runId, action }: { runId: string; action: "cancel" | "rerun" }) {
  const { state, formAction, pending } = useFormAction(controlRunAction);
  const message = state.ok ? state.message : state.fieldErrors?.form;
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name="runId" value={runId} />
      <input type="hidden" name="action" value={action} />
      <Button
        type="submit"
        size="sm"
        variant={action === "cancel" ? "destructive" : "outline"}
        disabled={pending}
      >
        {action === "cancel" ? "Cancel" : "Retry"}
      </Button>
      {message ? (
        <span role={state.ok ? "status" : "alert"} className="text-xs text-muted-foreground">
          {message}
        </span>
      ) : null}
    </form>
  );
}
