"use client";

import { useState } from "react";
import { cancelMissionAction } from "@/app/(app)/missions/actions";
import { useMissionAction } from "@/components/missions/use-mission-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";

/** Cancel, with a second click to confirm: a cancelled mission cannot be resumed. */
export function CancelMissionButton({ missionId }: { missionId: string }) {
  const [confirming, setConfirming] = useState(false);
  const { state, formAction, pending } = useMissionAction(missionId, cancelMissionAction);
  return (
    <form action={formAction} className="flex flex-col gap-2" aria-label="Cancel mission">
      <input type="hidden" name="missionId" value={missionId} />
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">Stop this mission?</span>
          <Button type="submit" variant="destructive" size="sm" disabled={pending}>
            Yes, cancel the mission
          </Button>
          <Button type="button" variant="outline" size="sm" onClick={() => setConfirming(false)}>
            Keep it running
          </Button>
        </div>
      ) : (
        <Button
          type="button"
          variant="outline"
          size="sm"
          className="self-start"
          onClick={() => setConfirming(true)}
        >
          Cancel mission
        </Button>
      )}
      <FieldError id="cancel-mission-error" message={state.fieldErrors?.form} />
    </form>
  );
}
