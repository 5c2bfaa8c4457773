"use client";

import { saveAllowedRootsAction } from "@/app/(app)/settings/actions";
import { FormOutcome } from "@/components/settings/form-outcome";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";

export function AllowedRootsForm({ roots }: { roots: string[] }) {
  const { state, formAction, pending, control, field } = useSettingsForm(
    saveAllowedRootsAction,
    "roots",
    { roots: roots.join("\n") },
  );
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
        <Button type="submit" disabled={pending}>
          Save project roots
        </Button>
        <FormOutcome id="roots" state={state} />
      </div>
    </form>
  );
}
