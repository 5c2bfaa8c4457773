"use client";

import { revokeApiTokenAction } from "@/app/(app)/settings/tokens/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormSubmit } from "@/components/ui/form-submit";

export function ApiTokenRevokeForm({ tokenId, name }: { tokenId: string; name: string }) {
  const { state, formAction, pending } = useFormAction(revokeApiTokenAction);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="tokenId" value={tokenId} />
      <FormSubmit
        pending={pending}
        state={{ ...state, message: undefined }}
        errorId={`revoke-${tokenId}-error`}
        error={state.fieldErrors?.tokenId ?? state.fieldErrors?.form}
        size="sm"
        variant="outline"
        className="text-destructive"
      >
        <span aria-hidden>Revoke</span>
        <span className="sr-only">Revoke {name}</span>
      </FormSubmit>
    </form>
  );
}
