"use client";

import { useQueryClient } from "@tanstack/react-query";
import { type FormAction, useFormAction } from "@/components/forms/use-form-action";
import { missionKeys } from "@/lib/query-keys";

/** A server action on a mission that refreshes the live view afterwards, done or refused. */
export function useMissionAction(
  missionId: string,
  action: FormAction,
  options?: Parameters<typeof useFormAction>[1],
) {
  const queryClient = useQueryClient();
  return useFormAction(async (previous, formData) => {
    const result = await action(previous, formData);
    await queryClient.invalidateQueries({ queryKey: missionKeys.view(missionId) });
    return result;
  }, options);
}
