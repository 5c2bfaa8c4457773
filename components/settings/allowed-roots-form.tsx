"use client";

import { saveAllowedRootsAction } from "@/app/(app)/settings/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Textarea } from "@/components/ui/textarea";

export function AllowedRootsForm({ roots }: { roots: string[] }) {
  const { state, formAction, pending, control, field } = useFormAction(saveAllowedRootsAction, {
    idPrefix: "roots",
    initial: { roots: roots.join("\n") },
  });
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4" aria-label="Project roots">
      <FormField {...field("roots", "Allowed project roots (absolute paths, one per line)")}>
        <Textarea
          {...control("roots")}
          rows={Math.min(roots.length + 2, 10)}
          className="font-mono"
          spellCheck={false}
        />
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <FormSubmit pending={pending} state={state} errorId="roots-form-error">
          Save project roots
        </FormSubmit>
      </div>
    </form>
  );
}
