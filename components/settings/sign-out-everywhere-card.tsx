"use client";

import { signOutEverywhereAction } from "@/app/(app)/sign-out-action";
import { useFormAction } from "@/components/forms/use-form-action";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormSubmit } from "@/components/ui/form-submit";

export function SignOutEverywhereCard() {
  const { state, formAction, pending } = useFormAction(signOutEverywhereAction);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Your sessions</CardTitle>
        <CardDescription>
          Ends your session on every browser and phone, this one too. API tokens keep working.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form action={formAction} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="scope" value="everywhere" />
          <FormSubmit
            pending={pending}
            state={state}
            errorId="sign-out-everywhere-error"
            variant="outline"
          >
            Sign out everywhere
          </FormSubmit>
        </form>
      </CardContent>
    </Card>
  );
}
