"use client";

import { useActionState } from "react";
import { controlRunAction, type RunActionState } from "@/app/(app)/settings/runs/actions";
import { Button } from "@/components/ui/button";

export function RunControlButton({ runId, action }: { runId: string; action: "cancel" | "rerun" }) {
  const [state, formAction, pending] = useActionState<RunActionState, FormData>(
    controlRunAction,
    {},
  );
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
      {state.message ? (
        <span role={state.ok ? "status" : "alert"} className="text-xs text-muted-foreground">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
