"use client";

import { Terminal } from "lucide-react";
import { useState } from "react";
import { useLaunchPreview } from "@/components/launcher/use-launch-preview";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
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
            <section aria-label="Launch command" className="grid min-w-0 gap-2">
              <div className="flex items-center justify-between gap-2">
                <h3 className="text-sm font-medium">Launch command</h3>
                <CopyButton text={preview.data.command} label="Copy launch command" />
              </div>
              <pre className="max-h-32 overflow-auto rounded-md border bg-muted/40 p-2 text-xs whitespace-pre-wrap break-all">
                {preview.data.command}
              </pre>
            </section>
            <section aria-label="Launch context" className="grid min-w-0 gap-2">
              <div className="flex items-center justify-between gap-2">
                <h3 className="text-sm font-medium">Launch context</h3>
                <CopyButton text={preview.data.context} label="Copy launch context" />
              </div>
              <pre className="max-h-72 overflow-auto rounded-md border bg-muted/40 p-2 text-xs whitespace-pre-wrap break-words">
                {preview.data.context}
              </pre>
            </section>
          </>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
