"use client";

import { Terminal } from "lucide-react";
import { useState } from "react";
import { CopyableText } from "@/components/launcher/copyable-text";
import { useLaunchPreview } from "@/components/launcher/use-launch-preview";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";

/** The launch command and context, to copy and run in one's own terminal. */
export function RunItYourselfDialog({
  projectId,
  projectName,
}: {
  projectId: string;
  projectName: string;
}) {
  const [open, setOpen] = useState(false);
  const preview = useLaunchPreview(projectId, open);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="outline">
          <Terminal aria-hidden /> Run it yourself
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogTitle>Run {projectName} in your terminal</DialogTitle>
        <DialogDescription>
          The same launch, started by you; it is not recorded as a session until the agent records
          one.
        </DialogDescription>
        {preview.isPending ? <p className="text-sm">Loading…</p> : null}
        {preview.error ? (
          <p role="alert" className="text-sm text-destructive">
            {preview.error.message}
          </p>
        ) : null}
        {preview.data ? (
          <>
            <CopyableText
              title="Launch command"
              text={preview.data.command}
              className="max-h-32 break-all"
            />
            <CopyableText
              title="Launch context"
              text={preview.data.context}
              className="max-h-72 break-words"
            />
          </>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
