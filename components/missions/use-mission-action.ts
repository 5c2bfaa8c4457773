"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useActionState } from "react";
import type { MissionFormState } from "@/app/(app)/missions/actions";
import { missionKeys } from "@/lib/query-keys";

type Action = (previous: MissionFormState, formData: FormData) => Promise<MissionFormState>;

/** A server action on a mission that refreshes the live view afterwards, done or refused. */
export function useMissionAction(missionId: string, action: Action) {
  const queryClient = useQueryClient();
  return useActionState<MissionFormState, FormData>(async (previous, formData) => {
    const result = await action(previous, formData);
    await queryClient.invalidateQueries({ queryKey: missionKeys.view(missionId) });
    return result;
  }, {});
}
