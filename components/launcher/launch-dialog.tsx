"use client";

import { Rocket } from "lucide-react";
import { useState } from "react";
import { launchAction } from "@/app/(app)/launcher/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { useLaunchPreview } from "@/components/launcher/use-launch-preview";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { NativeSelect } from "@/components/ui/native-select";

type Identity = { id: string; name: string };

export function LaunchDialog({
  projectId,
  projectName,
  identities,
}: {
  projectId: string;
  projectName: string;
  identities: Identity[];
}) {
  const [open, setOpen] = useState(false);
  const preview = useLaunchPreview(projectId, open);
  const { state, formAction, pending } = useFormAction(launchAction);
  const warnings = preview.data?.warnings;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm">
          <Rocket aria-hidden /> Launch
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Launch a session in {projectName}</DialogTitle>
        <DialogDescription>
          An agent starts headless in the project&apos;s folder with a generated launch context; its
          output streams to the session&apos;s page.
        </DialogDescription>
        {preview.isPending ? <p className="text-sm">Loading the warnings…</p> : null}
        {preview.error ? (
          <p role="alert" className="text-sm text-destructive">
            {preview.error.message}
          </p>
        ) : null}
        {preview.data ? (
          <form action={formAction} className="grid gap-4" aria-label="Launch">
            <input type="hidden" name="projectId" value={projectId} />
            <p className="rounded-md border bg-muted/40 p-3 text-sm" data-testid="launch-profile">
              {preview.data.profile.kind === "scripted"
                ? `No real agent is configured: this launch uses the ${preview.data.profile.name} (no language model). An admin can choose another profile in Settings.`
                : `Agent: ${preview.data.profile.name}.`}
            </p>
            {preview.data.profile.installed ? null : (
              <p role="alert" className="text-sm text-destructive">
                The {preview.data.profile.kind} CLI is not installed on this machine, so this
                profile cannot launch. An admin can choose another default profile in Settings.
              </p>
            )}
            {warnings?.unclosedSessions.length ? (
              <section aria-label="Unclosed sessions" className="grid gap-1 text-sm">
                <h3 className="font-medium">
                  {warnings.unclosedSessions.length} unclosed session
                  {warnings.unclosedSessions.length === 1 ? "" : "s"} for this project
                </h3>
                <ul className="list-disc pl-5">
                  {warnings.unclosedSessions.map((session) => (
                    <li key={session.id}>
                      {session.start?.slice(0, 16).replace("T", " ") ?? "unknown start"} by{" "}
                      {session.identity ?? "unknown identity"}
                      {session.summary ? `: ${session.summary}` : ""}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {warnings?.mandatoryProcedures.length ? (
              <section aria-label="Mandatory procedures" className="grid gap-1 text-sm">
                <h3 className="font-medium">Mandatory procedures</h3>
                <ul className="list-disc pl-5">
                  {warnings.mandatoryProcedures.map((procedure) => (
                    <li key={procedure.id}>
                      {procedure.name}
                      {procedure.shortDescription ? `: ${procedure.shortDescription}` : ""}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <FormField
              id={`launch-identity-${projectId}`}
              label="Run as identity"
              error={state.fieldErrors?.identityId}
            >
              <NativeSelect
                id={`launch-identity-${projectId}`}
                name="identityId"
                defaultValue={identities[0]?.id}
              >
                {identities.map((identity) => (
                  <option key={identity.id} value={identity.id}>
                    {identity.name}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            {warnings?.needAcknowledging ? (
              <div className="grid gap-1">
                <label className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name="acknowledged" className="mt-0.5 size-4" />I have read
                  these warnings and want to launch anyway.
                </label>
                <FieldError
                  id="launch-acknowledged-error"
                  message={state.fieldErrors?.acknowledged}
                />
              </div>
            ) : null}
            {preview.data.profile.installed ? (
              <FormSubmit pending={pending} state={state} errorId="launch-form-error">
                {pending ? "Launching…" : "Launch session"}
              </FormSubmit>
            ) : null}
          </form>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
