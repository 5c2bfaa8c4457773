"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { stopLaunchAction } from "@/app/(app)/launcher/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { sessionKeys } from "@/lib/query-keys";
import type { LaunchProgress } from "@/lib/services/launcher/read-launch-progress";

const POLL_MS = 1_000;
type Line = LaunchProgress["lines"][number];

async function fetchProgress(sessionId: string, after: number): Promise<LaunchProgress> {
  const response = await fetch(`/api/sessions/${sessionId}/output?after=${after}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? "The output could not be loaded.");
  return body;
}

const STATUS_VARIANT = {
  queued: "outline",
  running: "secondary",
  succeeded: "default",
  failed: "destructive",
  cancelled: "outline",
} as const;

/** The agent's output, appended live while it runs; polling stops once the launch has ended. */
export function LiveSessionOutput({
  sessionId,
  canOperate,
}: {
  sessionId: string;
  canOperate: boolean;
}) {
  const [lines, setLines] = useState<Line[]>([]);
  const lastSeq = lines.at(-1)?.seq ?? 0;
  const progress = useQuery({
    queryKey: [...sessionKeys.output(sessionId), lastSeq],
    queryFn: () => fetchProgress(sessionId, lastSeq),
    refetchInterval: (query) => (query.state.data?.finished ? false : POLL_MS),
  });
  const stop = useFormAction(stopLaunchAction);
  const log = useRef<HTMLPreElement>(null);
  const router = useRouter();

  useEffect(() => {
    const fresh = progress.data?.lines.filter((line) => line.seq > lastSeq);
    if (fresh?.length) setLines((current) => [...current, ...fresh]);
  }, [progress.data, lastSeq]);
  useEffect(() => {
    if (lines.length) log.current?.scrollTo({ top: log.current.scrollHeight });
  }, [lines]);
  // The rest of the page (the session's end and summary) is rendered on the server.
  const finished = progress.data?.finished ?? false;
  const wasFinished = useRef<boolean | null>(null);
  useEffect(() => {
    if (wasFinished.current === false && finished) router.refresh();
    wasFinished.current = finished;
  }, [finished, router]);

  const status = progress.data?.status ?? "queued";
  return (
    <section aria-label="Agent output" className="grid min-w-0 gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-lg font-semibold">Agent output</h2>
        <Badge
          variant={STATUS_VARIANT[status as keyof typeof STATUS_VARIANT] ?? "outline"}
          data-testid="launch-status"
        >
          {status}
        </Badge>
        {progress.data?.scripted ? (
          <span className="text-xs text-muted-foreground">
            scripted demo agent, no language model
          </span>
        ) : null}
        {canOperate && progress.data && !progress.data.finished ? (
          <form action={stop.formAction} className="ml-auto">
            <input type="hidden" name="sessionId" value={sessionId} />
            <Button
              type="submit"
              size="sm"
              variant="outline"
              disabled={stop.pending || progress.data.stopRequested}
            >
              {progress.data.stopRequested ? "Stopping…" : "Stop agent"}
            </Button>
          </form>
        ) : null}
      </div>
      <FieldError id="stop-launch-error" message={stop.state.fieldErrors?.form} />
      {progress.error ? (
        <p role="alert" className="text-sm text-destructive">
          {progress.error.message}
        </p>
      ) : null}
      <pre
        ref={log}
        data-testid="agent-output"
        className="max-h-[60dvh] min-h-24 overflow-auto rounded-md border bg-muted/40 p-3 font-mono text-xs whitespace-pre-wrap break-words"
      >
        {lines.length
          ? lines.map((line) => (
              <span
                key={line.seq}
                className={
                  line.stream === "stderr"
                    ? "block text-destructive"
                    : line.stream === "system"
                      ? "block text-muted-foreground"
                      : "block"
                }
              >
                {line.line}
              </span>
            ))
          : "Waiting for the agent to start…"}
      </pre>
      {progress.data?.finished && progress.data.outcome ? (
        <p className="text-sm" data-testid="launch-outcome">
          {progress.data.outcome}
        </p>
      ) : null}
    </section>
  );
}
