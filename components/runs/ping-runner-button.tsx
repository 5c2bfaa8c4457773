"use client";

import { useActionState } from "react";
import { pingRunnerAction, type RunActionState } from "@/app/(app)/settings/runs/actions";
import { Button } from "@/components/ui/button";

export function PingRunnerButton() {
  const [state, formAction, pending] = useActionState<RunActionState>(pingRunnerAction, {});
  return (
    <form action={formAction} className="flex items-center gap-3">
      <Button type="submit" variant="outline" disabled={pending}>
        Ping the runner
      </Button>
      {state.message ? (
        <span role="status" className="text-sm text-muted-foreground">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
